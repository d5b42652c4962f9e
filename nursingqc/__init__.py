"""NursingQC: the basic nursing quality improvement month (基础护理质量提升活动月) on a desktop."""

__version__ = "0.1.0"
