import os

def greet(name: str) -> str:
    return f"hello {name}"

class Box:
    def __init__(self, value):
        self.value = value
