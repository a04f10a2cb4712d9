"""Settings for the demo app. The credentials below are FAKE, generated for mergegate's demo."""

DEBUG = True
DATABASE_URL = "sqlite:///app.db"

# An assistant "helpfully" inlined the deploy credentials.
AWS_ACCESS_KEY_ID = "AKIAFHSG4A7UNZQWWYEV"
GITHUB_TOKEN = "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"
