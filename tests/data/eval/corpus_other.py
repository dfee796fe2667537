# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluation documents that match no rule: everyday texts, some close to a rule on purpose
(a lease, a news story about a bank, a shopping list). Written for this project."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("none/lentil-soup-recipe.md", None, """# Smoky red lentil soup

Serves 4 · Prep 10 minutes · Cook 30 minutes

## Ingredients
- 2 tbsp olive oil
- 1 onion, 2 carrots and 2 celery sticks, finely chopped
- 3 garlic cloves, crushed
- 1 tsp smoked paprika, 1 tsp ground cumin
- 250 g red lentils, rinsed
- 1 tin chopped tomatoes
- 1.2 litres vegetable stock
- Juice of half a lemon, salt and pepper

## Method
1. Warm the oil in a large pan and soften the onion, carrot and celery for 8 minutes.
2. Stir in the garlic and spices and cook for one minute until fragrant.
3. Add the lentils, tomatoes and stock. Simmer for 20 minutes until the lentils collapse.
4. Blend half of the soup for a creamy texture, then season with lemon, salt and pepper.

Tip: a spoon of yoghurt and some chopped coriander on top make it special.
""")

doc("none/autumn-poem.txt", None, """October Orchard

The ladders lean on weary trees,
the last red apples hold the light;
a blackbird argues with the breeze
and loses, softly, to the night.

We gather windfalls in a pail,
their bruises sweet as old regret;
the frost writes letters, thin and pale,
on windows we have not closed yet.

And if the year must spend its gold,
let it be spent on days like these:
the smoke, the slow-remembered cold,
the ladders leaning on the trees.
""")

doc("none/bank-merger-news.html", None, """<html><head><title>Business news</title></head><body>
<article>
<h1>Two regional lenders agree to merge, creating state's third-largest bank</h1>
<p>By Alicia Moreno, Business Reporter &middot; October 27, 2026</p>
<p>Harbor Federal and Plains Community Bank announced on Monday that they will combine in an all-stock deal
valued at about $1.2 billion. The merged company will operate 140 branches and hold roughly $18 billion in assets.</p>
<p>Executives said customers would not need to take any action and that branches would keep their current
hours. Analysts noted that the deal reflects pressure on smaller lenders from rising technology costs and
competition from online banks.</p>
<p>The transaction still requires approval from regulators and shareholders and is expected to close in the
second quarter of next year. Shares of Harbor Federal rose 6 percent in afternoon trading.</p>
</article></body></html>
""")

doc("none/team-meeting-minutes.docx", None, """Minutes of the product team meeting
Date: Thursday 22 October 2026, 10:00-11:00, Room Aurora and video call
Present: Anna (chair), Ben, Chiara, Dmitri, Eve. Apologies: Farid.
1. Release 4.2 status: two blocking bugs remain in the export feature; Dmitri to fix by Tuesday.
2. Customer feedback: users ask for dark mode and keyboard shortcuts; Chiara to prepare a short survey.
3. Roadmap: the team agreed to move the mobile app work to the first quarter.
4. Any other business: office move on 15 November; everyone to pack their desks by the 13th.
Actions: Dmitri - export bugs; Chiara - survey; Eve - book the retrospective.
Next meeting: 29 October 2026.
""")

doc("none/lisbon-itinerary.txt", None, """Lisbon long weekend - itinerary

Friday
  09:40  Flight TP1351 from London Heathrow, arrive 12:20
  14:00  Check in at Casa do Largo, Alfama
  16:00  Walk up to the Castelo de São Jorge; sunset at Miradouro da Senhora do Monte
  20:30  Dinner at a tasca near Largo do Chafariz de Dentro (book a table)

Saturday
  Morning tram 28 to Estrela; afternoon in Belém: monastery, tower, pastéis
  Evening fado show in Bairro Alto

Sunday
  Day trip to Sintra by train from Rossio (40 minutes): Pena Palace, Quinta da Regaleira
  Back by 19:00, pack

Monday
  Flight TP1352 at 13:05 - leave the flat by 10:30
""")

doc("none/kettle-manual.pdf", None, """AquaBoil 1.7 L Cordless Kettle - Instructions for use
Please read these instructions carefully and keep them for future reference.

Safety
- Only use the kettle with the base supplied. Do not immerse the kettle or base in water.
- Do not fill above the MAX mark; boiling water may be ejected.
- Keep the appliance and its cord out of reach of children under 8 years.

First use
Fill to the MAX mark, boil and discard the water. Repeat twice.
\fDescaling
In hard water areas, descale every month with a commercial descaler or a mixture of vinegar and water.

Troubleshooting
The kettle switches off before boiling: limescale on the element - descale it.
The light does not come on: check that the kettle sits correctly on the base.

This appliance complies with European directives on electrical safety.
""")

doc("none/residential-lease.txt", None, """RESIDENTIAL TENANCY AGREEMENT

Landlord: Margaret Doyle, 3 Harbour View, Cobh
Tenant: Liam and Aoife Brennan
Property: Apartment 4, 22 Church Street, Cork
Term: 12 months commencing 1 November 2026
Rent: EUR 1,650 per month, payable in advance on the first day of each month by standing order
Deposit: EUR 1,650, to be returned within 10 days of the end of the tenancy less any deductions for damage

The tenant shall keep the property in good condition, shall not sublet without consent and shall allow
the landlord access for inspections on 24 hours' notice. The landlord is responsible for structural repairs
and for registering the tenancy with the Residential Tenancies Board. Pets are not permitted.

Signed: ______________ Landlord      ______________ Tenants
""")

doc("none/school-newsletter.md", None, """# Maple Grove Elementary — November newsletter

Dear families,

What a busy autumn! Our Year 3 classes visited the science museum, the choir sang at the harvest
festival and the football team reached the district semi-final.

**Dates for your diary**
- 6 November: school photos (bring a smile!)
- 13 November: parent–teacher conferences, 3–7 pm
- 20 November: book fair in the library
- 24–28 November: Thanksgiving break, school closed

**Reminders**
Please label coats and water bottles. The lost property box is overflowing!
Flu season is here: keep children at home if they have a fever.

Thank you for your support — Principal Hernandez
""")

doc("none/short-story.txt", None, """The Lighthouse Keeper's Cat

Every evening at six, when the lamp began to turn, the cat climbed the one hundred and twelve steps of the
lighthouse and sat on the gallery rail, watching the boats come home. The keeper, an old man called Ewan,
said she was counting them. Nobody believed him until the night of the great storm, when only eleven of
the twelve boats came in and the cat refused to come down.

Ewan took his lantern and rowed out past the rocks, following the cat's long cry over the water. He found
young Callum clinging to the hull of the Mary Ellen, half frozen, a mile from shore. From then on the
village children left a sardine on the lighthouse step every Sunday, and no one laughed at Ewan again.
""")

doc("none/weather-forecast.json", None, """{
  "location": "Vancouver, BC",
  "issued": "2026-11-02T05:00:00-08:00",
  "forecast": [
    {"day": "Monday", "summary": "Rain, heavy at times", "high_c": 10, "low_c": 6, "precipitation_mm": 25, "wind": "SE 30 km/h gusting 60"},
    {"day": "Tuesday", "summary": "Showers ending in the afternoon", "high_c": 9, "low_c": 4, "precipitation_mm": 8},
    {"day": "Wednesday", "summary": "Cloudy with sunny breaks", "high_c": 8, "low_c": 2},
    {"day": "Thursday", "summary": "Sunny, fog patches in the morning", "high_c": 9, "low_c": 1}
  ],
  "warnings": ["Rainfall warning in effect for Metro Vancouver and the Fraser Valley"]
}
""")

doc("none/privacy-notice.html", None, """<html><body>
<h1>Privacy notice</h1>
<p>This notice explains how Brightside Fitness Clubs collects and uses your personal data when you join as
a member, book classes or visit our website.</p>
<h2>What we collect</h2>
<p>Your name, contact details, date of birth, membership number, class bookings and, if you choose, health
information you share with your trainer.</p>
<h2>Why we use it</h2>
<p>To manage your membership, to keep you safe during training, to send you reminders and, with your consent,
news about offers. We never sell your data.</p>
<h2>Your rights</h2>
<p>You may ask for a copy of your data, ask us to correct or delete it, or object to marketing at any time by
writing to privacy@brightside.example. You can also complain to the data protection authority.</p>
</body></html>
""")

doc("none/hiring-press-release.odt", None, """# Press release: Nordlys Solar to create 300 jobs in Aalborg
Aalborg, 3 November 2026 — Nordlys Solar A/S today announced it will open a new panel assembly plant in Aalborg East, creating around 300 jobs over the next two years.
Recruitment for production technicians, engineers and logistics staff will start in January. The company will work with the local technical college on a training programme for new employees.
"We chose Aalborg for its skilled workforce and its port," said chief executive Mette Kristensen.
The plant is expected to produce panels for 80,000 homes a year from 2028.
Media contact: press@nordlys.example
""")

doc("none/shopping-list.txt", None, """Things to get this weekend

Hardware store:
- wood screws 4x40 (2 boxes)
- sandpaper, fine and medium
- wall plugs
- white paint, 2.5 litres, for the hallway

Garden centre:
- tulip bulbs (ask about the red ones)
- compost, 3 bags

Also: return the library books, pick up Gran's prescription, birthday card for Tom
""")
