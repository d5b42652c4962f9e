"""Excel workbooks read and written by NursingQC; columns are found by their header text."""
