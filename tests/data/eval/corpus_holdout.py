# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Held-out evaluation documents, written after the scorer was tuned on the rest of the set and
never used for tuning: the benchmark reports them separately as an estimate of how it generalises."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("holdout/dental-bill.txt", "invoice", """Bright Smile Dental Practice
45 High Street, Harrogate HG1 1HX

Patient account statement of charges
Account holder: Mr Neil Jarvis        Account no. 10442
Date of issue: 6 November 2026

Date        Treatment                               Fee
14/10/2026  Examination and x-rays                 £62.00
14/10/2026  Composite filling, lower left 6       £145.00
28/10/2026  Hygienist appointment                  £70.00

Total fees                                        £277.00
Paid on account                                    £50.00
Balance outstanding                               £227.00

Please settle the balance within 28 days. Payment may be made by card at reception, by phone or by bank
transfer (sort code 40-11-62, account 71829304, reference 10442).
""")

doc("holdout/parking-ticket-receipt.md", "receipt", """**CityPark — Multi-storey car park, Level 3**

Ticket 0088213 · Entry 08:14 · Exit 17:52 · Duration 9 h 38 min

Daily maximum tariff: £18.00
Paid: £18.00 by contactless (Visa ****5521)
Auth 771203 · Machine P3-02 · 12/11/2026

Please keep this receipt. VAT receipt available on request.
""")

doc("holdout/internship-agreement.docx", "employment_contract", """Internship Agreement
This agreement is between Orbital Games Studio ApS, Copenhagen (the company) and Freja Holm (the intern).
Period: 1 February 2027 to 31 July 2027, 37 hours per week at the Vesterbro studio.
Role: Gameplay programming intern, supervised by the Lead Gameplay Programmer.
Monthly stipend: DKK 12,000 before tax, paid on the last working day of the month.
The intern receives 2.08 days of paid holiday per month worked.
Either party may end the internship with 14 days' written notice.
The intern agrees to keep the company's unreleased projects confidential.
Signed in Copenhagen on 10 December 2026 by the company and the intern.
""")

doc("holdout/brokerage-statement.pdf", "bank_statement", """Redwood Credit Bank - Quarterly Statement
Customer: Alan and June Whitaker     Account ending 7781 (Premier Checking)
Statement period: July 1 - September 30, 2026

Summary
Previous balance as of July 1                        $9,120.77
Total deposits (14)                                 $15,882.00
Total withdrawals (37)                              $14,506.19
Balance as of September 30                          $10,496.58

Selected activity
07/03  Direct deposit  SOCIAL SECURITY                 +1,944.00
07/15  Bill pay  County Water District                    -88.12
08/01  Transfer to Redwood Savings x4410                 -500.00
09/12  Debit card  Safeway #1822                         -143.67
09/30  Interest earned                                     +1.12
""")

doc("holdout/allergy-panel.html", "lab_report", """<html><body>
<h2>Specific IgE allergy panel</h2>
<p>Patient: Lucas Ferreira (age 9) &middot; Requested by Dr. Sofia Mendes, Paediatric Allergy Clinic</p>
<p>Serum collected 03/11/2026; analysed 05/11/2026 by ImmunoCAP</p>
<table>
<tr><th>Allergen</th><th>kUA/L</th><th>Class</th></tr>
<tr><td>Peanut (f13)</td><td>18.4</td><td>4</td></tr>
<tr><td>Hazelnut (f17)</td><td>2.1</td><td>2</td></tr>
<tr><td>Egg white (f1)</td><td>&lt;0.10</td><td>0</td></tr>
<tr><td>House dust mite (d1)</td><td>7.9</td><td>3</td></tr>
</table>
<p>Values above 0.35 kUA/L indicate sensitisation. Interpret together with the clinical history.</p>
</body></html>
""")

doc("holdout/electrician-resume.txt", "resume", """JAMES O'CONNOR
Licensed Electrician | Cork, Ireland | 087 555 0192 | jamesoconnor.elec@example.ie

Fully qualified electrician (RECI registered) with 12 years on domestic, commercial and industrial sites.

Work history
- Site Electrician, Mercury Engineering, 2018 - present: data centre fit-outs, HV switchgear testing
- Electrician, Kelleher Electrical Ltd, 2014 - 2018: housing estates, rewiring, fault finding
- Apprentice, Kelleher Electrical Ltd, 2010 - 2014

Training: QQI Level 6 Advanced Certificate Craft - Electrical; Safe Pass; IPAF 3a/3b; First aid

Full clean driving licence. References from both employers on request.
""")

doc("holdout/lab-reagents-order.json", "purchase_order", """{
  "po_number": "UNI-CHEM-26-0457",
  "issued": "2026-11-04",
  "department": "Department of Biochemistry, Room B214",
  "supplier": {"name": "Nordic Lab Supplies AB", "supplier_no": "S-22871"},
  "deliver_to": "Goods receiving, Science Building, Umeå University",
  "required_by": "2026-11-18",
  "items": [
    {"catalogue_no": "NL-TRIS-1KG", "description": "Tris base, 1 kg", "quantity": 3, "unit_price_sek": 890},
    {"catalogue_no": "NL-PIPT-200", "description": "Pipette tips 200 ul, racked, 10 x 96", "quantity": 20, "unit_price_sek": 410}
  ],
  "total_sek": 10870,
  "requested_by": "Dr. Eva Lindgren",
  "approved_by": "Budget holder Prof. M. Sandberg"
}
""")

doc("holdout/bike-theft-claim.odt", "insurance_claim", """# Contents insurance: claim for stolen bicycle
Policy holder: Tom Vermeulen, Utrecht · Policy 55-CNT-882019
My e-bike (Gazelle Ultimate C380, frame number GZ7712043) was stolen from the bicycle rack at Utrecht Centraal on 2 November 2026 between 08:00 and 18:30. It was locked with a ring lock and a chain lock.
I reported the theft to the police online the same evening; report number 2026-331890.
Original purchase price €2,899 in March 2024; receipt and both keys attached.
I request reimbursement of the current value under the theft cover of my policy.
""")

doc("holdout/garden-club-minutes.txt", None, """Oakridge Garden Club - minutes of the November meeting

Twenty-two members attended. The treasurer reported that the autumn plant sale raised 640 dollars, which
will pay for new tools for the community allotment. Margaret thanked everyone who grew seedlings.

The committee proposed a visit to the botanical gardens in April; members voted in favour.
Next month's talk: "Pruning fruit trees in winter" by Dennis Hall.
Tea and mince pies will be served. Please bring a plate if you can.
""")

doc("holdout/museum-guide.md", None, """# Visitor guide — Harbour Maritime Museum

**Opening hours:** Tuesday–Sunday, 10:00–17:00 (closed Mondays)

**Highlights**
- The 1890 lifeboat *Grace Darling II*, restored by volunteers
- Gallery 3: life below deck on an emigrant ship
- The lighthouse lens room, with a working clockwork mechanism

**Accessibility:** step-free access to all floors; audio guides in five languages.
**Tickets:** adults £9, children free, family membership available at the desk.
""")

doc("holdout/car-review.html", None, """<html><body><article>
<h1>Road test: the new Kestrel EV estate</h1>
<p>The Kestrel's 77 kWh battery gave us 410 km of mixed driving in cold weather, a little short of the
official figure but better than most rivals. The cabin is quiet, the boot swallows a week of camping gear
and the heat pump is standard.</p>
<p>Less impressive: the touchscreen buries the climate controls, and rear headroom is tight for tall adults.
Prices start at &euro;46,900, and the five-year warranty covers the battery for eight years.</p>
<p>Verdict: four stars out of five.</p>
</article></body></html>
""")

doc("holdout/job-advert.txt", None, """We're hiring: Customer Support Specialist (remote, UK)

Brightwave Software helps small clinics manage appointments. We are looking for a friendly support
specialist to answer customer questions by chat and email, write help articles and pass bug reports to
our developers.

You'll need excellent written English, patience and two years in a customer-facing role.
Salary GBP 30,000-34,000, 25 days holiday, laptop provided.
Apply with a short cover letter by 30 November.
""")
