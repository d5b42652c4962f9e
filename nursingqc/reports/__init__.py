"""Files in and out: Excel workbooks (openpyxl) and, in later work, PDF documents (reportlab)."""
