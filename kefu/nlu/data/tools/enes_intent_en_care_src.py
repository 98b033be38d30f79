"""English product_info lines on care, cleaning and use (a sub-situation the wide rounds thinned).

Written by the team from INTENTS.md: washing, drying, cleaning, storing and maintaining an item,
across product types, before or after buying. Built by enes_build.py like the other modules.
"""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["product_info"] = """
what is the proper way to wash leather hiking boots
how do you clean suede ankle boots without ruining them
Can the trail runners go in the washing machine?
what's the right way to dry wet waterproof boots
Should I use wax or spray to keep the boots waterproof?
how to care for the nubuck on the Alpine boots
is the down jacket machine washable or dry clean only
How do I wash the merino base layer so it doesn't shrink?
can i tumble dry the fleece
What temperature should the bed sheets be washed at?
how do I get stains out of the linen tablecloth, any care tips
do I need to season the cast iron pan before first use
Is the nonstick wok dishwasher safe?
how should I store the knives so the edges last
How do I descale the kettle?
what cleaner is safe for the quartz watch strap
how to clean the earbuds mesh without damaging it
Can I rinse the baby bottle parts in boiling water?
how often do I replace the water filter cartridge
What's the best way to clean the stroller fabric, can it come off?
how do I look after the silver necklace so it doesn't tarnish
can the pet bed cover be washed
How do I oil the wooden cutting board?
any care instructions for the cashmere scarf
How do I clean the yoga mat after sweaty sessions?
Do the running shoes need breaking in, and how should I clean the mesh upper?
how to wash a wool beanie by hand
is it ok to iron the printed t-shirt
How do I maintain the bike chain, which lube do you recommend for it?
how do I charge and store the power bank when I'm not using it
"""
