"""The database: SQLAlchemy models, the engine, migrations, backups and checklist files."""
