import LegalRefs
print("cancu-bench: not yet implemented")
