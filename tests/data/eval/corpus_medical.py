# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluation documents: laboratory reports and resumes. Invented people and results."""

DOCS = []


def doc(name, label, text):
    DOCS.append((name, label, text))


doc("lab/complete-blood-count.txt", "lab_report", """NORTHSIDE CLINICAL LABORATORIES
Patient: HOLLOWAY, James   DOB: 1971-05-12   Sex: M   MRN: 00481127
Ordering physician: Dr. K. Abernathy        Specimen: Whole blood (EDTA)
Collected: 2026-10-14 08:05                 Reported: 2026-10-14 13:40

COMPLETE BLOOD COUNT (CBC)
Test               Result    Flag   Units        Reference range
WBC                11.8      H      x10^9/L      4.0 - 10.5
RBC                4.62             x10^12/L     4.50 - 5.90
Hemoglobin         13.9             g/dL         13.5 - 17.5
Hematocrit         41.2             %            41 - 53
Platelets          388              x10^9/L      150 - 400
Neutrophils        78        H      %            40 - 70
Lymphocytes        15        L      %            20 - 40

Comment: Mild neutrophilic leukocytosis. Clinical correlation recommended.
Validated by: M. Osei, MD, Clinical Pathologist
""")

doc("lab/metabolic-panel.pdf", "lab_report", """Meridian Diagnostics - Laboratory Report
Patient name: Alvarez, Carmen      Date of birth: 03/22/1958      Patient ID: MD-442901
Referring doctor: Dr. Helen Cho, Family Medicine
Sample: serum, fasting    Collection date: 10/20/2026 07:30    Report date: 10/20/2026

COMPREHENSIVE METABOLIC PANEL
Glucose, fasting        131 mg/dL     HIGH    (70-99)
BUN                      18 mg/dL             (7-20)
Creatinine             1.02 mg/dL             (0.57-1.00)  HIGH
eGFR                     59 mL/min/1.73m2     LOW  (>60)
Sodium                  139 mmol/L            (136-145)
Potassium               4.6 mmol/L            (3.5-5.1)
\fHEMOGLOBIN A1c        6.8 %         HIGH    (<5.7)
ALT                      24 U/L               (7-35)
AST                      21 U/L               (10-40)

Interpretation: results consistent with diabetes mellitus; reduced kidney function (stage 3a).
Electronically signed by Laboratory Director R. Banerjee, MD, PhD
""")

doc("lab/thyroid-panel.html", "lab_report", """<html><body>
<h2>Results &ndash; Thyroid Function Tests</h2>
<p>Patient: <b>Ingrid Larsen</b> &middot; Born 1984-09-30 &middot; Lab no. 26-118842</p>
<p>Requested by Dr. Ole Haugen, Bergen Legesenter. Specimen received 2026-10-22, reported 2026-10-23.</p>
<table>
<tr><th>Analyte</th><th>Result</th><th>Units</th><th>Reference interval</th><th>Flag</th></tr>
<tr><td>TSH</td><td>7.9</td><td>mIU/L</td><td>0.4 &ndash; 4.0</td><td>High</td></tr>
<tr><td>Free T4</td><td>9.1</td><td>pmol/L</td><td>12 &ndash; 22</td><td>Low</td></tr>
<tr><td>Anti-TPO antibodies</td><td>240</td><td>IU/mL</td><td>&lt; 35</td><td>High</td></tr>
</table>
<p>Comment: pattern suggests primary hypothyroidism (autoimmune). Repeat in 6&ndash;8 weeks suggested.</p>
<p>Authorised by the clinical biochemistry laboratory, Haukeland University Hospital.</p>
</body></html>
""")

doc("lab/hl7-lipids.xml", "lab_report", """<?xml version="1.0" encoding="UTF-8"?>
<LabReport>
  <Laboratory>Pacific Reference Lab, Portland OR</Laboratory>
  <Patient><Name>Robert Kim</Name><DOB>1966-02-14</DOB><MRN>PRL-7781920</MRN></Patient>
  <OrderingProvider>Dr. Susan Patel</OrderingProvider>
  <Specimen type="Serum" collected="2026-10-11T08:12" reported="2026-10-11T16:02"/>
  <Panel name="Lipid panel">
    <Observation><Test>Total cholesterol</Test><Value>242</Value><Units>mg/dL</Units><Range>&lt;200</Range><Flag>H</Flag></Observation>
    <Observation><Test>LDL cholesterol (calculated)</Test><Value>164</Value><Units>mg/dL</Units><Range>&lt;100</Range><Flag>H</Flag></Observation>
    <Observation><Test>HDL cholesterol</Test><Value>38</Value><Units>mg/dL</Units><Range>&gt;40</Range><Flag>L</Flag></Observation>
    <Observation><Test>Triglycerides</Test><Value>201</Value><Units>mg/dL</Units><Range>&lt;150</Range><Flag>H</Flag></Observation>
  </Panel>
  <Comment>Fasting 12 hours. Consider cardiovascular risk assessment.</Comment>
  <ValidatedBy>Clinical laboratory scientist A. Nguyen</ValidatedBy>
</LabReport>
""")

doc("lab/urinalysis.md", "lab_report", """## Urinalysis report

**Patient:** Mohammed Al-Sayed · **Age:** 44 · **Clinic:** Riverside Urgent Care
**Specimen:** clean-catch midstream urine · **Collected:** 2026-10-27 10:15 · **Resulted:** 2026-10-27 11:02
**Ordered by:** Dr. Fatima Rahman

| Test | Result | Reference |
|---|---|---|
| Colour / appearance | Yellow, cloudy | Yellow, clear |
| Specific gravity | 1.025 | 1.005–1.030 |
| pH | 6.0 | 5.0–8.0 |
| Leukocyte esterase | **Positive (2+)** | Negative |
| Nitrite | **Positive** | Negative |
| Blood | Trace | Negative |
| WBC (microscopy) | **25–50 /hpf** | 0–5 /hpf |
| Bacteria | Many | None seen |

Culture sent. Findings suggest urinary tract infection.
""")

doc("lab/vitamin-d-iron.txt", "lab_report", """Laborpraxis Dr. Sommer & Kollegen - Befundbericht (English copy)
Patient: Anna Becker, *12.07.1990
Einsender / requesting physician: Dr. med. T. Wolf, Hausarztpraxis Lindenhof
Probe / specimen: serum, received 21.10.2026, finding date 22.10.2026

Parameter                 Result    Unit      Reference
25-OH Vitamin D           14        ng/mL     30 - 100     low
Ferritin                  9         ug/L      15 - 150     low
Iron                      38        ug/dL     50 - 170     low
Transferrin saturation    11        %         16 - 45      low
CRP                       1.2       mg/L      < 5.0

Assessment: vitamin D deficiency and iron deficiency. Supplementation recommended, check in 3 months.
Medically validated: Dr. med. K. Sommer, specialist in laboratory medicine
""")

doc("lab/covid-pcr.docx", "lab_report", """City Public Health Laboratory
Molecular Diagnostics Section
Test report
Patient: Emily Carter   DOB: 08/19/1995   Accession: PHL-26-0093315
Specimen: nasopharyngeal swab   Collected: 10/28/2026 09:40   Received: 10/28/2026 12:05
Test\tMethod\tResult\tReference
SARS-CoV-2 RNA\tRT-PCR\tNOT DETECTED\tNot detected
Influenza A RNA\tRT-PCR\tDETECTED\tNot detected
Influenza B RNA\tRT-PCR\tNOT DETECTED\tNot detected
RSV RNA\tRT-PCR\tNOT DETECTED\tNot detected
Ordering provider: Dr. Aaron Blake
Reported: 10/28/2026 18:22 by laboratory supervisor J. Ruiz, MLS(ASCP)
""")

doc("lab/glucose-scan.png", "lab_report", """VALLEY HOSPITAL LABORATORY
Patient: Thomas Reed   MRN 220184
Specimen: plasma  Collected 10/30/2026
Test          Result  Units  Range
Glucose       212 H   mg/dL  70-99
HbA1c         8.4 H   %      <5.7
Creatinine    0.9     mg/dL  0.7-1.3
Reviewed by pathologist
""")

doc("resume/data-analyst.md", "resume", """# Hannah Lindqvist
Data Analyst · Gothenburg, Sweden · hannah.lindqvist@example.se · +46 70 555 12 34 · linkedin.com/in/hlindqvist

## Profile
Analyst with five years of experience turning messy operational data into dashboards and forecasts for
logistics and retail teams. Comfortable with SQL, Python and stakeholder workshops.

## Experience
**Senior Data Analyst — Nordfrakt AB** (2023 – present)
- Built a demand forecasting model that cut empty truck kilometres by 12%.
- Led migration of reporting from Excel to Power BI for 40 users.

**Data Analyst — Stadium Retail** (2020 – 2023)
- Automated weekly sales reporting with Python and Airflow.

## Education
M.Sc. Statistics, University of Gothenburg (2020)
B.Sc. Economics, Lund University (2018)

## Skills
SQL, Python (pandas, scikit-learn), Power BI, dbt, A/B testing

## Languages
Swedish (native), English (fluent), German (intermediate)
""")

doc("resume/mechanical-engineer.docx", "resume", """DAVID OKONKWO, P.Eng.
Calgary, AB | (403) 555-0199 | d.okonkwo@example.ca
PROFESSIONAL SUMMARY
Mechanical engineer with 9 years in oil and gas facilities design, pressure vessels and piping stress analysis.
WORK EXPERIENCE
Lead Mechanical Engineer, Prairie Energy Services, 2021 - present
Managed design packages for three gas processing plants worth $140M in total.
Mechanical Engineer, Suncrest Engineering, 2016 - 2021
\fEDUCATION
Bachelor of Engineering, Mechanical, University of Alberta, 2016
CERTIFICATIONS
Professional Engineer (APEGA), Project Management Professional (PMP)
SKILLS
CAESAR II, AutoCAD Plant 3D, ASME B31.3, API 650
REFERENCES
Available upon request
""")

doc("resume/graphic-designer.odt", "resume", """# Curriculum Vitae
Chloé Martin — Graphic & Brand Designer
Lyon, France · chloe.martin.design@example.fr · portfolio: chloemartin.example
# Experience
2022–present: Senior designer, Atelier Rhône (branding agency). Art direction for 30+ identity projects.
2019–2022: Junior designer, Maison Lumière Publishing. Book covers and editorial layouts.
# Education
2019: Master in Visual Communication, École Émile Cohl, Lyon
# Skills
Adobe Illustrator, InDesign, Figma, typography, packaging design, motion basics
# Languages
French (mother tongue), English (C1), Spanish (B1)
# Awards
Red Dot Communication Design 2024, shortlist
""")

doc("resume/registered-nurse.txt", "resume", """MARIA GONZALEZ, RN, BSN
San Antonio, TX  |  210-555-0148  |  maria.gonzalez.rn@example.com

SUMMARY
Compassionate registered nurse with 7 years of acute care experience in emergency and telemetry units.
Bilingual English/Spanish. BLS, ACLS and PALS certified.

EXPERIENCE
Emergency Department RN - Methodist Hospital, San Antonio          2021 - Present
 * Triage 30+ patients per shift in a Level I trauma centre
 * Precept new graduate nurses; charge nurse two shifts per week
Telemetry RN - Baptist Medical Center                              2018 - 2021

EDUCATION
Bachelor of Science in Nursing - University of Texas Health Science Center, 2018

LICENSES & CERTIFICATIONS
Texas RN License #882201 (compact), ACLS, PALS, TNCC
""")

doc("resume/software-developer.pdf", "resume", """KENJI TANAKA
Full-stack developer - Osaka, Japan - kenji.tanaka@example.jp - github.com/ktanaka

Summary
Developer with 6 years of experience building web applications in TypeScript, Go and PostgreSQL.

Work history
2022-now   Backend engineer, Mercari-like marketplace startup "Furimo", Tokyo (remote)
           Designed the payments service handling 2M transactions/month; reduced p99 latency by 40%.
2019-2022  Web developer, Kansai Digital Works, Osaka
           Built booking systems for hotels and clinics with React and Django.

Education
B.Eng. Information Science, Osaka University, 2019

Skills: TypeScript, React, Go, Python, PostgreSQL, Kubernetes, AWS
Languages: Japanese (native), English (TOEIC 915)
""")

doc("resume/teacher.html", "resume", """<html><head><title>Resume - Olivia Bennett</title></head><body>
<h1>Olivia Bennett</h1>
<p>Primary school teacher &middot; Auckland, New Zealand &middot; olivia.bennett@example.nz</p>
<h2>Teaching experience</h2>
<ul>
<li><b>Year 4 classroom teacher</b>, Ponsonby Primary School, 2020&ndash;present. Literacy lead; introduced a
structured reading programme that raised reading ages by an average of 9 months.</li>
<li><b>Relief teacher</b>, Auckland schools, 2018&ndash;2020.</li>
</ul>
<h2>Qualifications</h2>
<ul><li>Graduate Diploma of Teaching (Primary), University of Auckland, 2018</li>
<li>BA in English and Maori Studies, Victoria University of Wellington, 2017</li></ul>
<h2>Skills</h2><p>Differentiated instruction, te reo Maori (conversational), Google Classroom, sports coaching (netball)</p>
<h2>Referees</h2><p>Mrs Anne Harris, Principal, Ponsonby Primary &ndash; contact details on request.</p>
</body></html>
""")

doc("resume/json-resume.json", "resume", """{
  "basics": {
    "name": "Samuel Adeyemi",
    "label": "DevOps Engineer",
    "email": "samuel.adeyemi@example.ng",
    "location": {"city": "Lagos", "countryCode": "NG"},
    "summary": "DevOps engineer with 5 years automating cloud infrastructure for fintech products."
  },
  "work": [
    {"name": "PayQuick Ltd", "position": "Senior DevOps Engineer", "startDate": "2023-02", "highlights": ["Cut cloud spend by 30%", "Introduced GitOps with Argo CD"]},
    {"name": "Andela", "position": "DevOps Engineer", "startDate": "2020-06", "endDate": "2023-01"}
  ],
  "education": [{"institution": "University of Lagos", "studyType": "BSc", "area": "Computer Engineering", "endDate": "2019"}],
  "skills": [{"name": "Cloud", "keywords": ["AWS", "Terraform", "Kubernetes"]}, {"name": "CI/CD", "keywords": ["GitHub Actions", "Jenkins"]}],
  "certificates": [{"name": "AWS Certified Solutions Architect - Associate"}],
  "languages": [{"language": "English", "fluency": "Fluent"}, {"language": "Yoruba", "fluency": "Native"}]
}
""")

doc("resume/accountant-cv.txt", "resume", """CV

Personal details
Name: Fiona MacLeod       Address: 9 Thistle Crescent, Edinburgh EH7 4QR
Phone: 07700 900412       Email: fiona.macleod@example.co.uk

Career profile
ACCA-qualified accountant with 8 years in audit and financial reporting for charities and SMEs.

Employment history
2021 - present   Financial Controller, Lothian Housing Trust
                 Month-end close, statutory accounts, budget of GBP 24m, team of 4
2016 - 2021      Audit Senior, Grant & Wallace Chartered Accountants

Education and qualifications
ACCA (2019); MA (Hons) Accounting and Finance, University of Stirling (2016)

Interests: hill walking, choir

References available on request
""")
