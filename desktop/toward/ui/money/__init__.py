"""The money page: the shared ledger, drafts, disclosures, the agreement, statement import."""
