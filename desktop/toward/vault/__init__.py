"""Keys, key wrapping, the keystore file and encrypted SQLCipher connections.

Nothing here knows about features or Qt: it turns passwords into keys and keys into
open databases.
"""
