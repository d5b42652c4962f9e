"""Pure rules of the campaign: checklists, scoring, workflow and accounts. No Qt, no database."""
