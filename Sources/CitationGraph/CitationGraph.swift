import LegalRefs
