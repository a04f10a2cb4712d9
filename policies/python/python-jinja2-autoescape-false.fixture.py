import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: python-jinja2-autoescape-false
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))
# ruleid: python-jinja2-autoescape-false
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
# ruleid: python-jinja2-autoescape-false
env = Environment(loader=FileSystemLoader("templates"))
# ruleid: python-jinja2-autoescape-false
tpl = jinja2.Template("<p>{{ name }}</p>")

# ok: python-jinja2-autoescape-false
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
# ok: python-jinja2-autoescape-false
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)
# ok: python-jinja2-autoescape-false
env = jinja2.Environment(**options)
# ok: python-jinja2-autoescape-false
cfg = Environment()
