"""The Qt-free heart of raiassess: questionnaires, answers and scoring."""
