# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluation documents: invoices and receipts. Written for this project; names and numbers are invented."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("invoice/northwind-hosting.txt", "invoice", """NORTHWIND HOSTING LTD
14 Quay Street, Bristol BS1 4DJ
VAT Reg. GB 284 1193 07

INVOICE

Invoice No:   NWH-2026-0417
Invoice date: 03/10/2026
Due date:     02/11/2026
Customer ref: ACC-88213

Bill to:
Harbour Analytics Ltd
Unit 5, Temple Gate
Bristol BS1 6PL

Description                               Qty   Unit price    Amount
Managed VPS (8 vCPU, 32 GB) - October      2      £140.00    £280.00
Daily off-site backups                     1       £35.00     £35.00
Additional IPv4 address                    4        £2.50     £10.00

Subtotal                                                     £325.00
VAT 20%                                                       £65.00
Amount due                                                   £390.00

Payment terms: 30 days net. Please quote the invoice number with your payment.
Bank: Lloyds Bank, sort code 30-94-71, account 11820394
""")

doc("invoice/greenleaf-landscaping.md", "invoice", """# Greenleaf Landscaping & Garden Care

**Bill for services rendered**

| | |
|---|---|
| Bill number | 2291 |
| Date | September 28, 2026 |
| Customer | Mrs. Patricia Olsen, 81 Larch Avenue, Madison WI |
| Terms | Due upon receipt |

## Work completed

- Spring clean-up of front and rear beds, 6 hours @ $55/hr — **$330.00**
- Mulch, 3 cubic yards delivered and spread — **$195.00**
- Hedge trimming (boxwood, 40 ft) — **$120.00**
- Disposal fee — **$25.00**

Subtotal: $670.00
Sales tax (5.5%): $36.85
**Balance due: $706.85**

Please make checks payable to Greenleaf Landscaping LLC or pay online with the link in your email.
A late fee of 1.5% per month applies to balances unpaid after 30 days.
""")

doc("invoice/brightpath-consulting.html", "invoice", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>BrightPath Consulting</title>
<style>table{border-collapse:collapse} td{padding:4px}</style></head>
<body>
<h1>BrightPath Consulting GmbH</h1>
<p>Friedrichstra&szlig;e 88, 10117 Berlin &middot; USt-IdNr. DE 311 492 870</p>
<h2>Invoice 2026-118</h2>
<p>Issued: 15 October 2026<br>Payment due: 14 November 2026</p>
<p><strong>Billed to:</strong> Solvik Retail AB, Kungsgatan 12, 111 43 Stockholm, Sweden</p>
<table>
<tr><th>Service</th><th>Days</th><th>Rate</th><th>Total</th></tr>
<tr><td>Supply-chain assessment workshop</td><td>3</td><td>&euro;1,200.00</td><td>&euro;3,600.00</td></tr>
<tr><td>Warehouse process mapping</td><td>2</td><td>&euro;1,200.00</td><td>&euro;2,400.00</td></tr>
<tr><td>Travel expenses (flat)</td><td></td><td></td><td>&euro;450.00</td></tr>
</table>
<p>Net amount: &euro;6,450.00<br>
Reverse charge: VAT to be accounted for by the recipient (Art. 196 VAT Directive).<br>
<strong>Total payable: &euro;6,450.00</strong></p>
<p>Please transfer the amount to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, quoting invoice 2026-118.</p>
</body></html>
""")

doc("invoice/atlas-freight.pdf", "invoice", """ATLAS FREIGHT & LOGISTICS INC.
2200 Harbor Blvd, Long Beach, CA 90813
Federal Tax ID 95-4410021

FREIGHT INVOICE
Invoice #: AFL-558120        Invoice Date: 10/21/2026
Shipper: Coastal Ceramics, Long Beach CA
Consignee: Ridgeway Home Stores, Denver CO
Bill of lading: BOL-77120     Pro number: 4418-2209

Charges
Line haul, 2 pallets, 1,840 lbs          $1,212.00
Fuel surcharge 28%                         $339.36
Liftgate delivery                           $85.00
Residential delivery fee                    $65.00
\fPage 2 of 2

Total charges                            $1,701.36
Less payments/credits                        $0.00
AMOUNT DUE                               $1,701.36

Terms: Net 30 days from invoice date. Remit to: Atlas Freight & Logistics, PO Box 9981, Los Angeles CA 90074.
ACH: Bank of the West, routing 121100782, account 6620-118853.
Questions about this bill? billing@atlasfreight.example
""")

doc("invoice/kowalski-plumbing.docx", "invoice", """Kowalski Plumbing & Heating
ul. Długa 17, 80-827 Gdańsk, NIP 584-221-90-13

Tax invoice no. FV/10/2026/033
Date of issue: 2026-10-09    Date of service: 2026-10-07
Buyer: Hotel Mariner Sp. z o.o., ul. Morska 4, Gdynia

Item\tQty\tNet price\tVAT\tGross
Replacement of boiler circulation pump\t1\t1,450.00 PLN\t23%\t1,783.50 PLN
Labour, emergency call-out\t3 h\t180.00 PLN\t23%\t664.20 PLN

Total net: 1,990.00 PLN
VAT 23%: 457.70 PLN
Total gross to pay: 2,447.70 PLN
Payment method: bank transfer within 14 days
Account: PL61 1090 1014 0000 0712 1981 2874
""")

doc("invoice/cloudmetrics-subscription.json", "invoice", """{
  "document_type": "invoice",
  "invoice_number": "CM-INV-000981",
  "issue_date": "2026-11-01",
  "due_date": "2026-11-15",
  "seller": {"name": "CloudMetrics Inc.", "address": "500 Howard St, San Francisco, CA", "tax_id": "US-81-2231190"},
  "bill_to": {"name": "Pinecone Robotics", "email": "ap@pineconerobotics.example"},
  "line_items": [
    {"description": "Observability Pro plan, 25 seats, November", "quantity": 25, "unit_price": 39.0, "amount": 975.0},
    {"description": "Log retention add-on (90 days)", "quantity": 1, "unit_price": 120.0, "amount": 120.0}
  ],
  "subtotal": 1095.0,
  "tax": {"rate": 0.0, "amount": 0.0, "note": "Sales tax not applicable"},
  "amount_due": 1095.0,
  "currency": "USD",
  "payment_terms": "Net 15",
  "status": "open"
}
""")

doc("invoice/studio-fotografie.txt", "invoice", """Studio Marten Fotografie
Lindenlaan 3, 3512 AB Utrecht
KvK 7281 1934 | BTW NL0022 8841 9B01

To: De Groene Bakkerij B.V., Oudegracht 140, Utrecht

Reference: product photography, autumn catalogue
Date: 12 October 2026
Number: 2026-045

Studio day, 38 products photographed             EUR 950.00
Retouching and colour correction, 38 images      EUR 285.00
Usage licence, print and web, 2 years            EUR 400.00

Total excl. VAT                                  EUR 1,635.00
VAT 21%                                          EUR 343.35
To pay                                           EUR 1,978.35

Kindly transfer the total within 14 days to NL91 ABNA 0417 1643 00 stating the number above.
""")

doc("invoice/metro-electric.png", "invoice", """METRO ELECTRIC SUPPLY
INVOICE 77104
Date: 10/30/2026    Terms: Net 30
Bill To: Sandoval Builders
Wire 12/2 NM-B 250 ft  x4   $412.00
Breaker 20A  x12            $118.80
Subtotal $530.80  Tax $43.79
AMOUNT DUE $574.59
Due Date: 11/29/2026
""")

doc("receipt/freshmart-groceries.txt", "receipt", """        FRESHMART SUPERMARKET #0412
        2840 W Armitage Ave, Chicago IL
        Tel (773) 555-0142

BANANAS 2.31 lb @ 0.59/lb        1.36
ORG WHOLE MILK 1/2 GAL           4.49
SOURDOUGH LOAF                   5.99
EGGS LARGE DOZEN                 3.79
CHEDDAR BLOCK 8OZ                4.29
PAPER TOWELS 6PK                 9.99  T

SUBTOTAL                        29.91
TAX 10.25%                       1.02
TOTAL                           30.93
VISA ************4417           30.93
AUTH CODE 088412   APPROVED
CHANGE DUE                       0.00

ITEMS SOLD 6
CASHIER: DENISE  LANE 04  10/18/26 17:42
THANK YOU FOR SHOPPING AT FRESHMART
Keep your receipt for returns within 30 days.
""")

doc("receipt/yellowline-taxi.txt", "receipt", """Yellow Line Cabs - Trip receipt

Date: 21 Oct 2026   Pick-up 06:12   Drop-off 06:48
From: 17 Elm Grove, Richmond
To: Heathrow Airport Terminal 5
Driver: M. Farouk   Licence 40922   Vehicle LX19 KRT

Fare                 £58.00
Airport drop-off fee  £7.00
Tip                   £6.50
Total paid           £71.50

Paid by Mastercard ending 2290
Transaction ID 7F3K-22Q9
Thanks for riding with Yellow Line. This receipt is your proof of payment.
""")

doc("receipt/hotel-lumiere-folio.md", "receipt", """## Hôtel Lumière — Guest Folio

Guest: Mr. Daniel Okafor · Room 512 · Arrival 14/10/2026 · Departure 17/10/2026
Folio no. 88120 · Cashier: Amélie

| Date | Description | Charges | Credits |
|------|-------------|---------|---------|
| 14/10 | Room, superior double | 189.00 | |
| 15/10 | Room, superior double | 189.00 | |
| 15/10 | Restaurant — dinner | 64.50 | |
| 16/10 | Room, superior double | 189.00 | |
| 16/10 | City tax (3 nights) | 8.40 | |
| 17/10 | Payment — AMEX xxxx-31005 | | 639.90 |

**Balance: 0.00 EUR — paid in full**

Thank you for staying with us. We hope to welcome you again soon.
""")

doc("receipt/corner-coffee.png", "receipt", """THE CORNER COFFEE HOUSE
Order 118  Table 4
Flat White            3.80
Almond Croissant      3.20
Sparkling Water       2.10
TOTAL                 9.10
CASH                 10.00
CHANGE                0.90
Thank you! Come again
""")

doc("receipt/webshop-payment.html", "receipt", """<html><body>
<h2>Payment received - thank you!</h2>
<p>Hi Jordan, we have received your payment for order <b>#HW-448210</b> placed on 2 November 2026.</p>
<table>
<tr><td>Cordless drill 18V kit</td><td>$129.00</td></tr>
<tr><td>Drill bit set, 29 pcs</td><td>$24.99</td></tr>
<tr><td>Shipping</td><td>$0.00</td></tr>
<tr><td>Sales tax</td><td>$12.32</td></tr>
<tr><td><b>Total charged</b></td><td><b>$166.31</b></td></tr>
</table>
<p>Payment method: PayPal (jordan.w@example.com)<br>Transaction reference: 9KX22114AB7730155</p>
<p>Keep this email as your receipt. Your items will ship within 2 business days.</p>
<p>HomeWorks Online Store &middot; Returns accepted within 60 days with proof of purchase.</p>
</body></html>
""")

doc("receipt/card-terminal.csv", "receipt", """Merchant,Bistro Alma
Address,Rua Augusta 210 Lisboa
Terminal ID,TRM-00812
Date,2026-10-25 21:14
Item,Qty,Price
Bacalhau à Brás,2,31.00
Vinho verde (garrafa),1,18.50
Pastel de nata,3,4.50
Total,,54.00
Tip,,5.00
Amount charged,,59.00
Card,VISA contactless **** 8841
Authorisation,512773
Status,APPROVED
Customer copy,Thank you
""")

doc("receipt/pharmacy.pdf", "receipt", """WELLCARE PHARMACY
318 Queen St West, Toronto ON
Store 0091  Reg 2  Trans 55120

Rx 6681203 AMOXICILLIN 500MG CAP x21        12.40
   Dispensing fee                            11.99
   Insurance paid                           -19.52
VITAMIN D3 1000IU 180 TABS                  14.99
HAND CREAM 75ML                              8.49

SUBTOTAL                                     28.35
HST 13%                                       3.05
TOTAL                                        31.40
DEBIT   ****6172                             31.40
APPROVED  AUTH# 004417

Your Wellcare Rewards: 314 points earned today
Cashier Priya  2026-10-19  11:03
Please retain this receipt for insurance and tax purposes.
""")

doc("receipt/food-bank-donation.odt", "receipt", """# Official donation receipt for income tax purposes
Riverside Community Food Bank, charitable registration no. 11902 4417 RR0001
Receipt number: D-2026-3381
Donor: Helen and Marc Tremblay, 45 Rue Champlain, Gatineau QC
Date donation received: October 30, 2026
Eligible amount of gift: $250.00 (cash, e-transfer)
No goods or services were provided in exchange for this gift.
Authorised signature: Carol Dumont, Treasurer
Thank you for helping us feed 1,200 families every month.
""")
