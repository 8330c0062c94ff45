"""The input side: read a spec (loader, bundle), check it (validate, valcache). Imports only downward."""
