# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluation documents: employment contracts and bank statements. Invented names and numbers."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("employment/software-engineer.txt", "employment_contract", """EMPLOYMENT AGREEMENT

This Employment Agreement is made on 1 September 2026 between Lumen Data Systems Ltd, a company registered
in England (the "Employer"), and Sarah Whitfield of 22 Byron Road, Leeds (the "Employee").

1. Position. The Employee is employed as Senior Software Engineer and reports to the Head of Platform.
2. Commencement. Employment starts on 5 October 2026. The first six months are a probation period during
   which either party may end the employment with one week's notice.
3. Salary. The Employer pays a gross annual salary of GBP 72,000, in twelve monthly instalments.
4. Hours. Normal working hours are 37.5 per week, Monday to Friday, with hybrid working as agreed.
5. Holidays. The Employee is entitled to 25 days' paid holiday plus public holidays.
6. Notice. After probation, either party may terminate this agreement by giving three months' written notice.
7. Confidentiality. The Employee shall not disclose confidential information during or after employment.

Signed for the Employer: ____________________  (J. Morrow, HR Director)
Signed by the Employee:  ____________________  (Sarah Whitfield)
""")

doc("employment/warehouse-operative.docx", "employment_contract", """STATEMENT OF MAIN TERMS OF EMPLOYMENT
Employer: Northgate Distribution plc, Unit 9, Trafford Park, Manchester
Employee: Tomasz Nowak
Job title: Warehouse Operative (forklift licence required)
Place of work: Trafford Park distribution centre
Start date: 12 October 2026
\fPay: £12.60 per hour, paid weekly by bank transfer. Overtime is paid at time and a half.
Hours of work: 40 hours per week on a rotating shift pattern (06:00-14:00 / 14:00-22:00).
Annual leave: 28 days including bank holidays.
Probationary period: 12 weeks.
\fTermination: one week's notice during probation; thereafter one week per complete year of service.
Sick pay: statutory sick pay only.
I confirm that I have read and accept these terms and conditions of employment.
Employee signature: ______________  Date: __________
For the employer: ______________  Operations Manager
""")

doc("employment/offer-letter-nurse.odt", "employment_contract", """# Offer of employment
St. Aidan's Community Hospital, Human Resources
Dear Ms. Grace Mensah,
We are pleased to offer you the position of Registered Nurse (Band 5) on the Cardiology Ward, starting on 2 November 2026.
Your starting salary will be £31,049 per annum, rising by annual increments. You will work 37.5 hours per week, including nights and weekends on a rota.
You are entitled to 27 days of annual leave plus bank holidays, and membership of the NHS pension scheme.
This offer is subject to satisfactory references and an enhanced DBS check. A probation period of six months applies, and the notice period is eight weeks.
Please sign and return one copy of this letter to accept the offer and these terms of employment.
Yours sincerely, Rebecca Hale, Head of Nursing Workforce
Accepted by the employee: ________________ Date: ________
""")

doc("employment/sales-manager.pdf", "employment_contract", """CONTRACT OF EMPLOYMENT
between Vantage Medical Devices Inc. ("Company") and Luis Ortega ("Employee")
Effective date: November 16, 2026

1. Duties. Employee shall serve as Regional Sales Manager, West, and perform duties customary to that role.
2. Compensation. Base salary of $118,000 per year, paid bi-weekly, plus commission under the 2026 Sales
   Incentive Plan and a car allowance of $600 per month.
3. Benefits. Employee is eligible for medical, dental and 401(k) plans and 20 days of paid time off.
\f4. At-will employment. Employment is at will; either party may terminate it at any time, with or without
   cause, subject to two weeks' notice where practicable.
5. Non-solicitation. For 12 months after termination Employee shall not solicit Company customers.
6. Confidentiality and inventions. Employee agrees to the attached Proprietary Information Agreement.

COMPANY: ______________________  Maria Chen, VP People
EMPLOYEE: _____________________  Luis Ortega
""")

doc("employment/barista-part-time.md", "employment_contract", """# Part-time employment contract

**Employer:** Kaffeerösterei Adler, Hamburg branch
**Employee:** Jonas Weber, born 04.03.2001

- **Role:** Barista, part-time (20 hours per week)
- **Start:** 1 November 2026, fixed term until 31 October 2027
- **Wage:** EUR 14.50 gross per hour, paid monthly
- **Working time:** shifts agreed two weeks in advance, Monday–Saturday
- **Holiday:** 14 working days per year (pro rata of full-time entitlement)
- **Probation:** 3 months, notice during probation two weeks
- **Notice after probation:** four weeks to the 15th or end of a calendar month

The employee agrees to follow the hygiene rules and the house rules of the café.

Hamburg, 20 October 2026

Employer ____________________   Employee ____________________
""")

doc("employment/fixed-term-researcher.txt", "employment_contract", """UNIVERSITY OF WESTBRIDGE
Fixed-term contract of employment - Research Associate

Name of employee: Dr. Amara Iwu
Department: School of Chemistry
Grade and salary: Grade 7, spine point 31, £38,205 per annum
Contract type: Fixed term, 24 months from 1 January 2027, funded by research grant EP/X0221/1
Reason for fixed term: the post depends on external grant funding ending 31 December 2028.
Hours: full time, 35 hours per week
Leave: 30 days per year plus university closure days
Notice: either party may terminate this contract by giving one month's notice in writing.
Pension: eligible for USS.
The employee's duties are set out in the attached job description and may be varied reasonably.
By signing this contract the employee accepts the university's terms and conditions of employment.
Signed: ______________ (Employee)    ______________ (for the University)
""")

doc("employment/chef-agreement.html", "employment_contract", """<html><body>
<h1>Employment Agreement &ndash; Head Chef</h1>
<p>This agreement is entered into between <b>Olive &amp; Thyme Restaurant Group LLC</b> (employer) and
<b>Marco Bellini</b> (employee) on October 5, 2026.</p>
<h3>Position and duties</h3>
<p>The employee is hired as Head Chef at the Main Street location, responsible for menu planning, kitchen staff
supervision, food safety and ordering.</p>
<h3>Compensation</h3>
<p>Annual salary of $68,000 paid semi-monthly, and a quarterly bonus of up to 5% of kitchen profit.</p>
<h3>Schedule</h3>
<p>Approximately 45 hours per week, including evenings and weekends. Two consecutive days off per week.</p>
<h3>Leave</h3><p>15 days paid vacation and 5 sick days per year.</p>
<h3>Termination</h3><p>Either party may end this agreement with 30 days' written notice. The employer may terminate
immediately for gross misconduct.</p>
<p>Employer signature: ____________ &nbsp; Employee signature: ____________</p>
</body></html>
""")

doc("employment/driver-contract.txt", "employment_contract", """Swiftway Couriers Pty Ltd - Letter of engagement

To: Nikhil Rao
Position: Delivery Driver (full-time, permanent)
Commencement date: Monday 9 November 2026
Award: Road Transport and Distribution Award 2020, level 3
Base rate: AUD 27.10 per hour; 38 ordinary hours per week; penalty rates apply on weekends
Superannuation: 11.5% paid to your nominated fund
Annual leave: four weeks per year; personal/carer's leave ten days per year
Probation: the first six months of employment
Ending employment: notice in accordance with the National Employment Standards
You must hold a current driver licence and notify us if it is suspended.
Please sign below to confirm you accept this employment on these terms.
Employee: ____________   Manager: ____________
""")

doc("bank/first-harbor-checking.txt", "bank_statement", """FIRST HARBOR BANK
Monthly Statement - Everyday Checking

Account holder: Kevin and Lisa Moreau
Account number: ****-****-4471
Statement period: September 1, 2026 - September 30, 2026

Beginning balance                     $3,218.44
Deposits and other credits            $6,902.10
Withdrawals and other debits          $6,115.73
Ending balance                        $4,004.81

Date   Description                              Amount      Balance
09/01  Payroll deposit ACME CORP              +3,451.05     6,669.49
09/02  Mortgage payment - Harbor Home Loans   -1,842.00     4,827.49
09/05  Debit card purchase COSTCO #114          -212.48     4,615.01
09/10  Online transfer to savings ****0092      -500.00     4,115.01
09/15  Payroll deposit ACME CORP              +3,451.05     7,566.06
09/18  Electric company autopay                 -141.29     7,424.77
09/22  Check #1043                            -3,400.00     4,024.77
09/30  Monthly service fee                       -12.00     4,012.77
09/30  Interest paid                              +0.04     4,012.81
09/30  ATM withdrawal                             -8.00     4,004.81
""")

doc("bank/sparkasse-export.csv", "bank_statement", """Account;DE44 5001 0517 5407 3249 31
Account holder;Miriam Schulz
Statement;Kontoauszug 10/2026, 01.10.2026 - 31.10.2026
Opening balance;1.842,17 EUR
Booking date;Value date;Transaction type;Counterparty;Reference;Amount;Balance
01.10.2026;01.10.2026;Standing order;Hausverwaltung Krause;Rent October;-950,00;892,17
02.10.2026;02.10.2026;Direct debit;Stadtwerke;Electricity;-74,00;818,17
15.10.2026;15.10.2026;Card payment;REWE Markt;Groceries;-63,41;754,76
27.10.2026;27.10.2026;Credit transfer;Logiwerk GmbH;Salary October;2.640,00;3.394,76
30.10.2026;31.10.2026;Fee;Sparkasse;Account fee;-4,90;3.389,86
Closing balance;3.389,86 EUR
""")

doc("bank/meridian-business.pdf", "bank_statement", """MERIDIAN BANK plc - Business Current Account Statement
Sort code 20-71-45   Account 83019922   IBAN GB29 MERI 2071 4583 0199 22
Account name: Fernhill Joinery Ltd
Statement date: 31 October 2026   Period: 01/10/2026 to 31/10/2026
Balance brought forward                        £12,408.90 CR

Date    Details                          Paid out      Paid in      Balance
01 Oct  BACS Timber Merchants UK          2,310.00                 10,098.90
03 Oct  Faster Payment from Hartley Homes               4,800.00   14,898.90
07 Oct  DD HMRC VAT                       3,122.55                 11,776.35
\fDate    Details                          Paid out      Paid in      Balance
14 Oct  Card  Screwfix Direct               186.40                 11,589.95
20 Oct  Salaries batch                    6,950.00                  4,639.95
28 Oct  Cheque deposit                                  2,150.00    6,789.95
31 Oct  Account charges                      18.50                  6,771.45

Balance carried forward                         £6,771.45 CR
Total paid out: £12,587.45    Total paid in: £6,950.00
""")

doc("bank/online-banking.html", "bank_statement", """<!DOCTYPE html><html><head><title>NovaBank Online</title>
<script>window.analytics = {page: "statements"};</script></head><body>
<h1>e-Statement</h1>
<p>Savings Account &bull; IBAN ES91 2100 0418 4502 0005 1332 &bull; Holder: Lucía Fernández Ruiz</p>
<p>Statement period: 01/09/2026 &ndash; 30/09/2026</p>
<table>
<tr><th>Date</th><th>Concept</th><th>Debit</th><th>Credit</th><th>Balance</th></tr>
<tr><td>01/09</td><td>Opening balance</td><td></td><td></td><td>8.214,00 &euro;</td></tr>
<tr><td>05/09</td><td>Transfer from current account</td><td></td><td>300,00</td><td>8.514,00</td></tr>
<tr><td>30/09</td><td>Interest credited (1.75% AER)</td><td></td><td>12,03</td><td>8.526,03</td></tr>
<tr><td>30/09</td><td>Withholding tax on interest</td><td>2,29</td><td></td><td>8.523,74</td></tr>
<tr><td>30/09</td><td>Closing balance</td><td></td><td></td><td>8.523,74 &euro;</td></tr>
</table>
<p>Please check your statement and report any discrepancies within 30 days.</p>
</body></html>
""")

doc("bank/credit-union.txt", "bank_statement", """PRAIRIE FARMERS CREDIT UNION
Member statement   Member # 118-3320   Period ending 10/31/2026
Member: Ruth Anders, RR 2 Box 41, Yankton SD

SHARE SAVINGS (ID 00)          Previous balance      5.00
                               Dividends earned      0.01
                               New balance           5.01

SHARE DRAFT CHECKING (ID 10)   Previous balance  1,907.33
10/03 Deposit - cattle sale                     +4,100.00
10/06 Draft 2201 Tri-County Feed                  -986.50
10/12 ACH debit John Deere Financial             -1,240.00
10/19 POS purchase Casey's General Store            -58.77
10/25 Transfer to Share Savings                    -100.00
                               New balance       3,622.06

Dividend rate this period: 0.05% APY. Federally insured by NCUA.
""")

doc("bank/joint-account.md", "bank_statement", """### Atlantic Trust Bank — Joint Current Account

**Account:** 0042 7719 83 · **Holders:** Priya & Arjun Nair · **Period:** 1–31 October 2026

Opening balance: **€2,716.30**

| Date | Description | Debit | Credit | Balance |
|---|---|---|---|---|
| 02/10 | SEPA credit — employer payroll | | 3,980.00 | 6,696.30 |
| 03/10 | Standing order — childcare | 820.00 | | 5,876.30 |
| 09/10 | Card — Dunnes Stores | 146.22 | | 5,730.08 |
| 17/10 | Direct debit — Electric Ireland | 98.40 | | 5,631.68 |
| 24/10 | ATM cash withdrawal | 200.00 | | 5,431.68 |
| 31/10 | Quarterly account maintenance fee | 6.00 | | 5,425.68 |

Closing balance: **€5,425.68**

Overdraft limit €500 · Deposits are protected under the deposit guarantee scheme.
""")

doc("bank/open-banking.json", "bank_statement", """{
  "bank": "Kestrel Bank",
  "account": {"iban": "NL20 KEST 0123 4567 89", "holder": "Van Dijk Holding B.V.", "currency": "EUR"},
  "statement_period": {"from": "2026-10-01", "to": "2026-10-31"},
  "opening_balance": 15230.55,
  "closing_balance": 11982.40,
  "transactions": [
    {"booking_date": "2026-10-02", "description": "Incoming transfer - client payment", "credit": 4200.00, "balance": 19430.55},
    {"booking_date": "2026-10-05", "description": "Direct debit - office lease", "debit": 3100.00, "balance": 16330.55},
    {"booking_date": "2026-10-15", "description": "Card payment - KLM", "debit": 612.15, "balance": 15718.40},
    {"booking_date": "2026-10-25", "description": "Payroll batch", "debit": 3716.00, "balance": 12002.40},
    {"booking_date": "2026-10-31", "description": "Bank fees", "debit": 20.00, "balance": 11982.40}
  ]
}
""")

doc("bank/savings-scan.png", "bank_statement", """EASTWOOD SAVINGS BANK
ACCOUNT STATEMENT
Account 55120093  Period Oct 2026
Opening balance        2,410.00
10/04 Deposit          +500.00
10/19 Withdrawal       -120.00
10/31 Interest           +3.12
Closing balance        2,793.12
""")
