"""Plain helpers the tests share: constants and functions, imported where they are used.

The conftest.py files hold only fixtures and hooks; what a test module imports comes from
here (pytest discourages importing from conftest modules).
"""
