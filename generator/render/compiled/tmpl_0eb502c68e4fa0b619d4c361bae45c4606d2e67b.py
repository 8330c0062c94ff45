# pyproject.toml.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pyproject.toml.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_name = resolve('name')
    l_0_version = resolve('version')
    l_0_description = resolve('description')
    l_0_package = resolve('package')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = '
    yield str((undefined(name='name') if l_0_name is missing else l_0_name))
    yield '\nversion = '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\ndescription = '
    yield str((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.11"\ndependencies = ["httpx>=0.27,<1"]\n\n[tool.setuptools.packages.find]\ninclude = ["'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '", "'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.*"]\n\n[tool.setuptools.package-data]\n"'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '" = ["py.typed"]\n\n[tool.black]\nline-length = 100\ntarget-version = ["py311"]\n\n[tool.ruff]\nline-length = 100\ntarget-version = "py311"\n\n[tool.mypy]\npython_version = "3.11"\nstrict = true\n\n[tool.pyright]\ntypeCheckingMode = "strict"\npythonVersion = "3.11"\n'

blocks = {}
debug_info = '2=16&8=18&9=20&10=22&16=24&19=28'
