"""The queries the services share: each loads what a use case needs in a fixed number of queries."""
