"""The units stage: the unit dictionary, issuer context and recognition of unit names."""
