"""The demo shops: a Taobao and an AliExpress outdoor-footwear shop with staff, catalogue,
buyers, orders, reviews and chats, generated reproducibly from a seed (`kefu demo`).

`generate.load_demo` is the entry point; `personas` holds the named world tests and docs use.
"""
