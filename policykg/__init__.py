"""policykg: a knowledge graph of Chinese local-government policies, agencies and programs."""

__version__ = "0.1.0"
