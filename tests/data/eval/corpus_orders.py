# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluation documents: purchase orders and insurance claims. Invented companies and events."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("purchase-order/hospital-supplies.txt", "purchase_order", """ST. BRIGID'S HOSPITAL - PROCUREMENT DEPARTMENT
PURCHASE ORDER

PO Number: PO-26-014477            Order date: 2026-10-12
Vendor: MedSource Distribution Ltd, vendor no. 30211
Ship to: Central Stores, Loading Bay 2, St. Brigid's Hospital, Galway
Requested delivery: 2026-10-19      Delivery terms: DAP, carriage paid

Line  Item code   Description                          Qty   UOM   Unit price   Ext. price
1     MS-4410     Nitrile examination gloves, M        200   box       6.20      1,240.00
2     MS-2208     Sterile gauze swabs 10x10cm          150   pack      3.85        577.50
3     MS-9012     Disposable syringes 5ml              40    case     22.10        884.00

Order total (excl. VAT): EUR 2,701.50
Buyer: Siobhan Kelly, Procurement Officer      Approved by: D. Walsh, Head of Finance
Please quote the PO number on all delivery notes and invoices. Partial deliveries must be agreed in advance.
""")

doc("purchase-order/bakery-flour.pdf", "purchase_order", """Maison Dupont Boulangerie SARL - Bon de commande / Purchase Order
Order no.: BC-2026-0381     Date: 14/10/2026
Supplier: Moulins de Bourgogne, 21000 Dijon
Deliver to: Maison Dupont, 12 rue des Tanneurs, 69002 Lyon - rear entrance, before 6 am
Requested delivery date: 20/10/2026

Ref        Product                              Quantity    Unit price    Total
FT65-25    Flour T65, 25 kg bag                 40          18.90 EUR     756.00 EUR
FS-SEI     Rye flour T130, 25 kg bag            10          24.50 EUR     245.00 EUR
LEV-500    Fresh yeast, 500 g block             20           2.10 EUR      42.00 EUR
\fTotal ordered: 1,043.00 EUR excl. VAT
Payment terms agreed: 30 days end of month after delivery and receipt of your invoice.
Ordered by: Julien Dupont, owner. Please confirm this order by email to commandes@maisondupont.example.
""")

doc("purchase-order/it-equipment.csv", "purchase_order", """Purchase Order,PO-4500018822
Order Date,2026-10-26
Buyer,Harmon Engineering Inc. - IT Department
Vendor,TechDirect Solutions (Vendor ID V-00917)
Ship To,Harmon Engineering HQ 400 Commerce Dr Columbus OH 43215
Need By,2026-11-09
Line,Part Number,Description,Qty Ordered,Unit Price,Line Total
1,LAT-7450,Dell Latitude 7450 laptop 16GB 512GB,12,1389.00,16668.00
2,DOCK-WD22,Thunderbolt dock WD22TB4,12,219.00,2628.00
3,MON-P2723,27in monitor P2723D,24,289.00,6936.00
Total,,,,,26232.00
Approved By,Karen Liu - CFO
Terms,Net 45 after receipt of goods and invoice
""")

doc("purchase-order/cxml-order.xml", "purchase_order", """<?xml version="1.0" encoding="UTF-8"?>
<OrderRequest>
  <OrderRequestHeader orderID="PO-77812" orderDate="2026-10-30" type="new">
    <Total><Money currency="USD">4860.00</Money></Total>
    <ShipTo><Address><Name>Greenfield Schools District - Facilities</Name><Street>12 Oak Lane</Street><City>Greenfield</City><State>MA</State></Address></ShipTo>
    <Supplier>Bluestone Janitorial Supply</Supplier>
    <Comments>Deliver to warehouse dock, Monday to Friday 7am-3pm. Order placed by buyer R. Costa.</Comments>
  </OrderRequestHeader>
  <ItemOut quantity="60" requestedDeliveryDate="2026-11-06" lineNumber="1">
    <ItemID><SupplierPartID>BJ-PT-1200</SupplierPartID></ItemID>
    <Description>Paper towel rolls, case of 12</Description><UnitPrice><Money currency="USD">41.00</Money></UnitPrice>
  </ItemOut>
  <ItemOut quantity="40" requestedDeliveryDate="2026-11-06" lineNumber="2">
    <ItemID><SupplierPartID>BJ-DS-5GAL</SupplierPartID></ItemID>
    <Description>Disinfectant concentrate, 5 gallon</Description><UnitPrice><Money currency="USD">60.00</Money></UnitPrice>
  </ItemOut>
</OrderRequest>
""")

doc("purchase-order/print-job.docx", "purchase_order", """ORDER FORM
From: Redwood Marketing Agency, 55 Sutter St, San Francisco CA
To: QuickPrint Pro, attn. sales desk
Order reference: RMA-PO-2026-212     Date placed: November 2, 2026
Please supply the following items:
Item\tQuantity\tUnit cost\tAmount
Tri-fold brochures, A4, 170gsm gloss\t5,000\t$0.21\t$1,050.00
Business cards, 400gsm matt, 12 names\t3,000\t$0.04\t$120.00
Roll-up banner 85x200cm with stand\t2\t$95.00\t$190.00
Order value: $1,360.00
Deliver to our office by November 12. Proofs must be approved before printing.
Authorised by: Nadia Flores, Office Manager
""")

doc("purchase-order/restaurant-produce.md", "purchase_order", """# Weekly produce order

**To supplier:** Valley Fresh Farms (account 2281)
**From:** Trattoria Nonna Rosa, 77 Mill Street — kitchen door delivery
**Order #:** TNR-1043 · **Placed:** Mon 26 Oct 2026 · **Deliver:** Wed 28 Oct, before 10:00

| Item | Qty ordered | Unit | Agreed price |
|---|---|---|---|
| Roma tomatoes | 12 | case | $24.00 |
| Fresh basil | 6 | bunch | $2.50 |
| Zucchini | 4 | case | $19.00 |
| Lemons | 2 | case | $31.00 |

Estimated order value: **$463.00**

Ordered by Chef Rosa Esposito. Substitutions only after phone confirmation. Bill us on account as usual.
""")

doc("purchase-order/construction-materials.html", "purchase_order", """<html><body>
<h1>PURCHASE ORDER No. 2026-CN-5510</h1>
<p><b>Issued by:</b> Bayside Construction Co., Project: Marina Apartments Block B<br>
<b>Supplier:</b> Pacific Building Materials<br>
<b>Date:</b> October 29, 2026 &nbsp; <b>Delivery required:</b> November 4, 2026, site gate 3</p>
<table>
<tr><th>#</th><th>Material</th><th>Qty</th><th>Unit</th><th>Unit price</th></tr>
<tr><td>1</td><td>Ready-mix concrete 32 MPa</td><td>45</td><td>m3</td><td>$185.00</td></tr>
<tr><td>2</td><td>Reinforcing bar N12, 6 m</td><td>320</td><td>length</td><td>$14.60</td></tr>
<tr><td>3</td><td>Formply 1800x1200x17</td><td>60</td><td>sheet</td><td>$72.00</td></tr>
</table>
<p>This order is subject to our standard purchasing conditions. Quote the order number on delivery dockets.
Approved: Site manager G. Papadopoulos.</p>
</body></html>
""")

doc("purchase-order/office-chairs.png", "purchase_order", """PURCHASE ORDER  PO 60219
Date: 11/03/2026
Vendor: Ergo Office Furniture
Ship To: Lakeside Dental Group
Qty  Item                 Unit Price
8    Task chair, mesh      $245.00
2    Standing desk 60in    $610.00
Buyer: Tara Singh
""")

doc("claim/auto-collision.txt", "insurance_claim", """SUMMIT MUTUAL INSURANCE - AUTOMOBILE CLAIM FORM

Policy number: SMA-4471-2209-01        Claim number: CL-26-0081127
Policyholder: Gregory Hanson, 1180 Aspen Way, Boulder CO 80302
Vehicle: 2021 Subaru Outback, VIN 4S4BTANC5M3112208

Date of accident: 10/17/2026   Time: 7:45 am
Location: intersection of Baseline Rd and Broadway, Boulder
Description of loss: I was stopped at a red light when the other vehicle rear-ended my car. Rear bumper,
tailgate and rear sensors damaged. No injuries. Police attended; report number BPD-26-33190.
Other party: Jason Lee, insured with Frontier Auto, policy FA-118822
Witnesses: Maria Torres, (303) 555-0127
Repair estimate: $4,862.10 from Flatirons Collision Center
Deductible: $500

I declare that the information given is true and complete.
Signature of claimant: G. Hanson   Date: 10/18/2026
""")

doc("claim/water-damage.pdf", "insurance_claim", """HOME INSURANCE - NOTICE OF LOSS
Insurer: Hearthstone Home Insurance plc
Policy no.: HH-88-1920-4471      Claim reference: HHC/26/55013
Insured: Mr and Mrs R. Patel, 14 Willow Close, Reading RG4 7TA

Date of loss: 22 October 2026
Cause of loss: escape of water - burst pipe under the bathroom floor on the first floor
Description of damage: water came through the kitchen ceiling; ceiling plaster collapsed, kitchen units,
laminate flooring and an electric oven damaged. Emergency plumber attended the same evening.
\fItems and estimated costs
Ceiling repair and redecoration                      £2,150
Replacement kitchen base units (4)                   £3,400
Laminate flooring, 18 m2                             £1,080
Electric oven                                          £520
Emergency plumber invoice (attached)                   £240
Total amount claimed                                 £7,390
Excess under policy: £350
Loss adjuster appointed: Crawford Loss Adjusting, Mr. P. Evans
""")

doc("claim/travel-baggage.docx", "insurance_claim", """GlobeSafe Travel Insurance - Claim form: baggage and personal effects
Policy number: GST-2026-0044918     Trip: Madrid, 3-10 October 2026
Claimant: Elena Petrova, elena.petrova@example.com
What happened: my checked suitcase did not arrive on flight IB3170 and was declared lost by the airline after 21 days.
Property Irregularity Report (PIR) reference: MADIB51220 - copy attached.
Items claimed\tPurchase date\tValue
Suitcase (Samsonite, 75 cm)\t2023\t€240
Clothing and shoes\tvarious\t€610
Toiletries bought during delay\t10/2026\t€85
Total claimed: €935. Compensation received from airline: €0 so far.
I confirm the details are correct and authorise GlobeSafe to contact the airline.
""")

doc("claim/online-form.html", "insurance_claim", """<html><body>
<h1>Report a claim</h1>
<form>
<p>Policy type: Renters insurance &mdash; Policy # RNT-551204</p>
<p>Claimant name: Devon Mitchell &nbsp; Phone: 555-0163</p>
<p>Date of incident: 11/01/2026</p>
<p>Type of loss: Theft / burglary</p>
<p>Describe what happened: While I was at work someone forced the back door of my apartment and stole a
laptop, a camera and jewellery. I reported it to the police the same day (case #26-44810).</p>
<p>Estimated value of stolen property: $3,750</p>
<p>Was anyone injured? No</p>
<p>Upload photos and the police report below. An adjuster will contact you within 2 business days.</p>
<button>Submit claim</button>
</form></body></html>
""")

doc("claim/fnol.json", "insurance_claim", """{
  "claim": {
    "claim_number": "FNOL-2026-118240",
    "policy_number": "CMP-7712003",
    "line_of_business": "commercial property",
    "insured": "Harbor View Marina LLC",
    "reported_by": "Operations manager Tim Walsh",
    "date_of_loss": "2026-10-29",
    "cause_of_loss": "storm / wind",
    "loss_description": "High winds tore the roof membrane of the boat storage building; rain water damaged two stored boats.",
    "estimated_damage": 58000,
    "injuries": false,
    "police_report": null,
    "deductible": 5000,
    "adjuster": {"name": "L. Romero", "company": "Coastal Adjusters Inc."},
    "status": "open - awaiting inspection"
  }
}
""")

doc("claim/pet-vet-claim.md", "insurance_claim", """## PawProtect Pet Insurance — Claim for veterinary fees

**Policyholder:** Sophie Laurent · **Policy no.:** PP-3391027 · **Pet:** Milo (Labrador, 4 years)

**Condition / injury:** cruciate ligament rupture, left hind leg, after jumping from the car on 8 October 2026.
**First signs noticed:** 8 October 2026 · **Treatment dates:** 9–15 October 2026

| Treatment | Cost |
|---|---|
| Consultation and X-rays | £180 |
| TPLO surgery and anaesthesia | £3,250 |
| Post-operative medication | £96 |

**Total claimed:** £3,526 (excess £99 applies)

Vet practice section completed by: Oakfield Veterinary Surgery, Dr. N. Harper MRCVS.
I declare the information is accurate and I have not claimed these costs elsewhere.
""")

doc("claim/workplace-injury.odt", "insurance_claim", """# Workers' compensation — employer's report of injury
Carrier: Keystone Workers Comp Insurance · Policy WC-55-0182-26 · Claim no. pending
Employer: Alder Creek Sawmill Inc. · Employee: Rick Dawson, saw operator
Date and time of injury: October 24, 2026, 2:10 pm, at the planer line
Description of accident: the employee's glove caught on the feed roller; laceration to the right hand, two fingers.
Treatment: taken to Alder Creek Medical Center emergency department; 14 stitches; off work for 10 days expected.
Witnesses: Shift supervisor Dana Price, co-worker Miguel Ortiz.
Safety guard was in place; an internal investigation is ongoing.
Report completed by: HR manager Lynn Harper, October 25, 2026
""")

doc("claim/crop-hail.txt", "insurance_claim", """PRAIRIE CROP INSURERS - HAIL LOSS CLAIM

Policy / contract number: PCI-HL-26-30178
Insured producer: Henrik Sorensen Farms, NW 14-22-18 W2, Saskatchewan
Crop: Canola, 320 acres seeded

Date of hail storm: July 30, 2026, approximately 5 pm
Fields affected: NW 14 and NE 14, about 250 acres
Estimated crop damage: 35-45% yield loss; pods shattered and stems broken
Notice given to insurer: August 1, 2026 (within 72 hours as required)

Request: please send an adjuster to assess the hail damage before swathing.
Signature of insured: H. Sorensen
""")
