"""A second passage matrix, written blind for issue 9: about 200 invented news passages (1-3
sentences) in the styles of Reuters wire copy (dateline, "X said on Tuesday", "$90 mln" headlines,
"Rs 500 crore") and long web articles (quotes first, titles before names, the deal stated in the
second sentence), in grammar the first matrix (tests/test_events_passages.py) does not cross:
passives, nominalisations ("the acquisition of X by Y", "X's $2bn loan to Y"), relative clauses,
participles, coordination, headlines, parties named in the sentence before and amounts in another
clause; and about a quarter negatives (denied, ruled out, hoped-for, considered, rumours,
employment, sports transfers, buybacks, market moves, press conferences, cabinet meetings).

Each passage was written from eval/events/GUIDELINES.md before the event rules were read, and its
expected events say what those guidelines annotate: type, agent and recipient (or the parties of an
agreement or meeting) and, for a money flow with a figure, the amount's value and currency. The
cases run through the `wirehouse extract` path and are scored like the first matrix's (same
runner); the misses of the blind run are strict xfails listed in tests/events_passages_wire_misses.txt.
`python -m tests.test_events_passages_wire` prints the pass rate per type.

All names, figures and passages are invented (the countries and a few multilateral lenders are
real names in invented situations)."""

import functools
from pathlib import Path

import pytest

from tests.recorded_misses import recorded_misses, strict_xfail_params
from tests.test_events_passages import SYMMETRIC_TYPES, Case, events_found, extract_cases, report

MISSES_FILE = Path(__file__).with_name("events_passages_wire_misses.txt")
TYPE_NAMES = ("lend", "fund", "invest", "acquire", "contract", "agreement", "meet")

# (case id: type, style or "no", shape; text; expected events: (type, agent, recipient, (amount,
# currency) or None) for a money flow or a contract, (type, party, party, ...) for an agreement or
# a meeting). A headline is the first line, followed by a blank one.
PASSAGES = [
    # ---------------- lend
    ("lend-wire-active", "NAIROBI, May 12 (Reuters) - The African Development Bank has lent Kenya $300 million to upgrade its railway network, the bank said on Tuesday.",
     [("lend", "African Development Bank", "Kenya", (300e6, "USD"))]),
    ("lend-wire-said-would", "SINGAPORE, June 3 (Reuters) - Kelberg Bank said on Wednesday it would lend Tidewell Shipping $450 million to finance six new container vessels.",
     [("lend", "Kelberg Bank", "Tidewell Shipping", (450e6, "USD"))]),
    ("lend-wire-passive-noun", "OSLO, Feb 9 (Reuters) - A $120 million loan was extended to Tidewell Shipping by Arrano Bank, the shipper said in a filing on Monday.",
     [("lend", "Arrano Bank", "Tidewell Shipping", (120e6, "USD"))]),
    ("lend-web-possessive", "Norvia Bank's $2bn loan to Corvane Mining, signed last month, will pay for a new copper smelter in the Atacama desert. Analysts called the terms generous.",
     [("lend", "Norvia Bank", "Corvane Mining", (2e9, "USD"))]),
    ("lend-web-relative", "Corvane Mining, which borrowed 400 million euros from Selvik Savings Bank in March, said on Thursday that output rose 12% in the quarter.",
     [("lend", "Selvik Savings Bank", "Corvane Mining", (400e6, "EUR"))]),
    ("lend-web-participle", "Backed by a $75 million credit line from Crestline Bank, Lumis Robotics plans to open two factories in Ohio next year.",
     [("lend", "Crestline Bank", "Lumis Robotics", (75e6, "USD")), ("invest", "Lumis Robotics", "Ohio", None)]),
    ("lend-wire-headline", "Arrano Bank lends $90 mln to Oberon Foods\n\nMADRID, Feb 2 (Reuters) - Arrano Bank has provided a $90 million loan to Oberon Foods, the food group said on Thursday.",
     [("lend", "Arrano Bank", "Oberon Foods", (90e6, "USD"))]),
    ("lend-web-second-sentence", "Vireo Airlines has had a difficult year, with fuel costs eating into margins and two routes cancelled. On Friday the carrier said Kelberg Bank had agreed to lend it $250 million to refinance bonds that fall due in the spring.",
     [("lend", "Kelberg Bank", "Vireo Airlines", (250e6, "USD"))]),
    ("lend-wire-facility", "MUNICH, Nov 20 (Reuters) - Norvia Bank extended a credit facility of 1.2 billion euros to Astrel Motors, the carmaker said on Monday.",
     [("lend", "Norvia Bank", "Astrel Motors", (1.2e9, "EUR"))]),
    ("lend-wire-approved", "WASHINGTON, March 17 (Reuters) - The International Monetary Fund approved a $1.3 billion loan for Sri Lanka on Friday, releasing the first tranche immediately.",
     [("lend", "International Monetary Fund", "Sri Lanka", (1.3e9, "USD"))]),
    ("lend-web-quote-secured", "\"This facility gives us room to grow,\" said Priya Raman, chief financial officer of Sundara Power, after the company secured a Rs 500 crore loan from Kelberg Bank.",
     [("lend", "Kelberg Bank", "Sundara Power", (5e9, "INR"))]),
    ("lend-wire-borrowed", "Greyfield Cement borrowed $60 million from Selvik Savings Bank to repay suppliers, the company said in a statement on Wednesday.",
     [("lend", "Selvik Savings Bank", "Greyfield Cement", (60e6, "USD"))]),
    ("lend-wire-received", "SHANGHAI, Aug 1 (Reuters) - Pellman Logistics has received a 500 million yuan loan from Jinhe Commercial Bank to build warehouses in Sichuan, it said on Tuesday.",
     [("lend", "Jinhe Commercial Bank", "Pellman Logistics", (500e6, "CNY")), ("invest", "Pellman Logistics", "Sichuan", None)]),
    ("lend-web-taken-out", "Delmont Rail announced on Wednesday that it had taken out a loan of $180 million from Crestline Bank. The money will buy new rolling stock for its northern lines.",
     [("lend", "Crestline Bank", "Delmont Rail", (180e6, "USD"))]),
    ("lend-wire-state", "HANOI, Oct 6 (Reuters) - Japan will lend Vietnam 50 billion yen for a metro line in Ho Chi Minh City, officials said on Tuesday.",
     [("lend", "Japan", "Vietnam", (50e9, "JPY"))]),
    ("lend-web-amount-later", "Halden Capital has agreed to provide a loan to Quillon Pharma, the drugmaker said. The loan amounts to 300 million Swiss francs and runs for five years.",
     [("lend", "Halden Capital", "Quillon Pharma", (300e6, "CHF"))]),
    ("lend-wire-loan-agreement", "ISLAMABAD, Jan 12 (Reuters) - China Development Bank signed a $2.5 billion loan agreement with Pakistan on Thursday to shore up its reserves, Pakistan's finance ministry said.",
     [("lend", "China Development Bank", "Pakistan", (2.5e9, "USD"))]),
    ("lend-web-coordinated", "Kelberg Bank lent $40 million to Maribel Resorts and a further $25 million to Rovena Textiles in the second quarter, its quarterly report showed.",
     [("lend", "Kelberg Bank", "Maribel Resorts", (40e6, "USD")), ("lend", "Kelberg Bank", "Rovena Textiles", (25e6, "USD"))]),
    ("lend-web-minister-reported", "Finance Minister Teodor Vasco said on Sunday that the World Bank had lent Moldova $150 million to shore up its energy system before winter.",
     [("lend", "World Bank", "Moldova", (150e6, "USD"))]),
    ("lend-wire-lifeline", "LONDON, April 4 (Reuters) - Halden Capital threw a lifeline to struggling retailer Ashby & Vale on Monday, lending it 85 million pounds to see it through the summer.",
     [("lend", "Halden Capital", "Ashby & Vale", (85e6, "GBP"))]),
    ("lend-web-from-lender", "The 60 million euro bridge loan that Arrano Bank granted Maribel Resorts in June has been repaid early, the hotel group said.",
     [("lend", "Arrano Bank", "Maribel Resorts", (60e6, "EUR"))]),
    # lend negatives
    ("lend-no-denied", "Norvia Bank on Monday denied a report that it planned to lend Vireo Airlines $500 million.", []),
    ("lend-no-seeking", "Corvane Mining is seeking a $1 billion loan to fund its expansion, people familiar with the matter said on Friday.", []),
    ("lend-no-generic", "Regional lenders such as Kelberg Bank typically lend to small exporters, who struggle to borrow from larger banks.", []),
    ("lend-no-considering", "Arrano Bank is considering whether to lend to Oberon Foods after the company missed an interest payment, a spokesman said.", []),
    ("lend-no-statistics", "FRANKFURT, July 28 (Reuters) - Lending by Selvik Savings Bank rose 4% to 12 billion euros in the first half, the bank said on Tuesday.", []),
    ("lend-no-ruled-out", "The International Monetary Fund ruled out a new loan to Sri Lanka until the country completes talks with its creditors.", []),
    ("lend-no-rates", "Crestline Bank raised its mortgage rates by a quarter point on Wednesday, following a similar move by Norvia Bank.", []),

    # ---------------- fund
    ("fund-wire-grant", "BRUSSELS, April 9 (Reuters) - The European Commission awarded a grant of 40 million euros to Lumis Robotics on Wednesday to develop robots for recycling plants.",
     [("fund", "European Commission", "Lumis Robotics", (40e6, "EUR"))]),
    ("fund-wire-pledged-aid", "OSLO, Dec 3 (Reuters) - Norway pledged $25 million in humanitarian aid to Sudan on Wednesday, the foreign ministry said.",
     [("fund", "Norway", "Sudan", (25e6, "USD"))]),
    ("fund-web-passive", "The research centre at Castlegate University is funded by the Wellmore Foundation, which gave it £12m last year, according to its accounts.",
     [("fund", "Wellmore Foundation", "Castlegate University", (12e6, "GBP"))]),
    ("fund-wire-allocated", "NEW DELHI, Feb 1 (Reuters) - India allocated Rs 1,200 crore to Sundara Power for rural grid projects, the power ministry said on Monday.",
     [("fund", "India", "Sundara Power", (12e9, "INR"))]),
    ("fund-web-donated", "Billionaire Marek Dvorin has donated $10 million to the Ferrow Children's Hospital, the hospital said on Thursday. The gift will pay for a new cancer ward.",
     [("fund", "Marek Dvorin", "Ferrow Children's Hospital", (10e6, "USD"))]),
    ("fund-wire-subsidy", "BERLIN, June 14 (Reuters) - Germany will pay Astrel Motors a subsidy of 900 million euros to build a battery plant in Saxony, the economy ministry said.",
     [("fund", "Germany", "Astrel Motors", (900e6, "EUR"))]),
    ("fund-web-possessive", "The Global Fund's $60 million grant to Malawi, announced in May, will pay for bed nets and malaria drugs in the country's southern districts.",
     [("fund", "Global Fund", "Malawi", (60e6, "USD"))]),
    ("fund-wire-bailout", "PARIS, Sept 25 (Reuters) - France agreed on Friday to bail out Vireo Airlines with 1.5 billion euros of state aid, the finance ministry said.",
     [("fund", "France", "Vireo Airlines", (1.5e9, "EUR"))]),
    ("fund-web-second-sentence", "Rural clinics in northern Ghana have long struggled to keep staff. This week the Hallam Trust said it would give the Ghana Health Service $4 million over three years to hire and train nurses.",
     [("fund", "Hallam Trust", "Ghana Health Service", (4e6, "USD"))]),
    ("fund-wire-received", "NAIROBI, March 2 (Reuters) - Kenya received $200 million in budget support from the World Bank on Monday, the treasury said.",
     [("fund", "World Bank", "Kenya", (200e6, "USD"))]),
    ("fund-web-participle", "Nexaro Software, a start-up backed by a $3 million grant from the Tayside Innovation Agency, has launched its first product.",
     [("fund", "Tayside Innovation Agency", "Nexaro Software", (3e6, "USD"))]),
    ("fund-wire-debt-relief", "LONDON, May 19 (Reuters) - Britain cancelled 300 million pounds of debt owed by Zambia, the Foreign Office said on Tuesday.",
     [("fund", "Britain", "Zambia", (300e6, "GBP"))]),
    ("fund-web-relative", "The Marlow Arts Council, which gave the Redbrick Theatre £2.5m last year, said on Monday it would review all of its grants.",
     [("fund", "Marlow Arts Council", "Redbrick Theatre", (2.5e6, "GBP"))]),
    ("fund-wire-provide-grant", "MANILA, Aug 8 (Reuters) - The Asian Development Bank will provide a $500 million grant to Bangladesh for flood defences, the lender said on Thursday.",
     [("fund", "Asian Development Bank", "Bangladesh", (500e6, "USD"))]),
    ("fund-web-quote", "\"Without this money we would have closed,\" said Leila Haddad, director of the Cedar Refugee Clinic, after the Maren Foundation handed the clinic $800,000 on Tuesday.",
     [("fund", "Maren Foundation", "Cedar Refugee Clinic", (800e3, "USD"))]),
    ("fund-wire-headline", "EU gives Ukraine 5 bln euros in budget aid\n\nBRUSSELS, Jan 14 (Reuters) - The European Union paid Ukraine 5 billion euros in budget aid on Tuesday, the European Commission said.",
     [("fund", "European Union", "Ukraine", (5e9, "EUR"))]),
    ("fund-web-won-funding", "Oberon Foods has won 15 million pounds in funding from the Agri-Tech Growth Fund for its vertical farms, the company said on Wednesday.",
     [("fund", "Agri-Tech Growth Fund", "Oberon Foods", (15e6, "GBP"))]),
    ("fund-wire-minister", "OTTAWA, Oct 30 (Reuters) - Canada will give C$450 million to Harlow Aerospace to develop a new regional jet, Industry Minister Jonas Brekke said on Monday.",
     [("fund", "Canada", "Harlow Aerospace", (450e6, "CAD"))]),
    ("fund-web-pledged", "The Amberley Foundation has pledged $50 million to Westmere University to build a climate research institute, the university said in a statement.",
     [("fund", "Amberley Foundation", "Westmere University", (50e6, "USD"))]),
    ("fund-wire-passive-aid", "KATHMANDU, Nov 11 (Reuters) - Aid of 2.3 billion Indian rupees was granted to Nepal by India on Wednesday for earthquake reconstruction.",
     [("fund", "India", "Nepal", (2.3e9, "INR"))]),
    ("fund-web-financing-from", "The Tarn Valley Hospice will reopen in March thanks to 1.2 million euros of financing from the Ostfeld Foundation, its director said.",
     [("fund", "Ostfeld Foundation", "Tarn Valley Hospice", (1.2e6, "EUR"))]),
    # fund negatives
    ("fund-no-hoped", "Malawi hopes to attract $300 million in donor funding for its health system next year, its health minister said.", []),
    ("fund-no-budget", "The budget sets aside 4 billion pounds for defence spending next year, the Treasury said on Wednesday.", []),
    ("fund-no-opinion", "Critics say the government should fund the Redbrick Theatre instead of building a new stadium.", []),
    ("fund-no-damages", "A court ordered Quillon Pharma to pay $30 million in damages to former employees on Tuesday.", []),
    ("fund-no-ruled-out", "BERLIN, May 2 (Reuters) - Germany ruled out any state aid for Astrel Motors, the economy ministry said on Friday.", []),
    ("fund-no-turned-down", "The Hallam Trust turned down a request from the Redbrick Theatre for a grant of one million pounds.", []),
    ("fund-no-tax-cut", "The government cut corporation tax to 20% on Wednesday, a move it said would save companies 3 billion pounds a year.", []),

    # ---------------- invest
    ("invest-wire-country", "HANOI, Aug 4 (Reuters) - Astrel Motors will invest $1.2 billion in Vietnam over the next five years to build electric cars, the company said on Tuesday.",
     [("invest", "Astrel Motors", "Vietnam", (1.2e9, "USD"))]),
    ("invest-wire-stake", "Calder Ridge Partners took a 15% stake in Nexaro Software for $90 million, the software maker said on Monday.",
     [("invest", "Calder Ridge Partners", "Nexaro Software", (90e6, "USD"))]),
    ("invest-web-plant", "Sorel Chemicals will build a plant worth 700 million euros in Poland, the company said, creating some 1,200 jobs near Katowice.",
     [("invest", "Sorel Chemicals", "Poland", (700e6, "EUR"))]),
    ("invest-wire-round", "SAN FRANCISCO, May 6 (Reuters) - Amberley Ventures led a $40 million funding round in Lumis Robotics, the robot maker said on Wednesday.",
     [("invest", "Amberley Ventures", "Lumis Robotics", (40e6, "USD"))]),
    ("invest-web-passive", "Quillon Pharma has been backed with $120 million from Bluewater Capital, which bought new shares in the drugmaker on Monday.",
     [("invest", "Bluewater Capital", "Quillon Pharma", (120e6, "USD"))]),
    ("invest-web-possessive", "Bluewater Capital's $250 million investment in Tidewell Shipping gives the fund a seat on the shipper's board.",
     [("invest", "Bluewater Capital", "Tidewell Shipping", (250e6, "USD"))]),
    ("invest-wire-pour", "TOKYO, Sept 2 (Reuters) - Kaido Motors said on Thursday it would pour 80 billion yen into Mexico to expand its pickup truck plants.",
     [("invest", "Kaido Motors", "Mexico", (80e9, "JPY"))]),
    ("invest-web-second-sentence", "Kenya's technology scene has drawn plenty of attention from abroad. Now Northgate Infrastructure Fund says it will put $300 million into data centres in Kenya over the next decade.",
     [("invest", "Northgate Infrastructure Fund", "Kenya", (300e6, "USD"))]),
    ("invest-wire-headline", "Vantor Energy to invest $2 bln in Brazil wind farms\n\nSAO PAULO, Oct 2 (Reuters) - Vantor Energy plans to invest $2 billion in wind farms in Brazil by 2030, the company said on Monday.",
     [("invest", "Vantor Energy", "Brazil", (2e9, "USD"))]),
    ("invest-wire-relative", "Greyfield Cement, in which Altamir Holdings bought a 10% stake last year, reported a 20% rise in profit on Thursday.",
     [("invest", "Altamir Holdings", "Greyfield Cement", None)]),
    ("invest-web-participle", "Having invested $35 million in Pellman Logistics in 2023, Calder Ridge Partners is now the freight group's second-largest shareholder.",
     [("invest", "Calder Ridge Partners", "Pellman Logistics", (35e6, "USD"))]),
    ("invest-wire-sovereign", "LONDON, June 9 (Reuters) - The Qatar Investment Authority bought a 5% stake in Brightmoor Telecom on Monday for 600 million pounds, the telecoms group said.",
     [("invest", "Qatar Investment Authority", "Brightmoor Telecom", (600e6, "GBP"))]),
    ("invest-web-quote", "\"India is where the growth is,\" said Hiroshi Tanabe, chief executive of Kaido Motors, which announced on Wednesday that it would invest Rs 4,000 crore in India.",
     [("invest", "Kaido Motors", "India", (40e9, "INR"))]),
    ("invest-wire-spend", "LIMA, Jan 22 (Reuters) - Corvane Mining will spend $800 million to expand its copper mine in Peru, the company said on Friday.",
     [("invest", "Corvane Mining", "Peru", (800e6, "USD"))]),
    ("invest-web-coordinated", "Bluewater Capital and Amberley Ventures each invested $20 million in Oberon Foods, the company said.",
     [("invest", "Bluewater Capital", "Oberon Foods", (20e6, "USD")), ("invest", "Amberley Ventures", "Oberon Foods", (20e6, "USD"))]),
    ("invest-wire-injected", "MILAN, March 31 (Reuters) - Altamir Holdings injected 150 million euros of fresh capital into Rovena Textiles on Tuesday, the textile maker said.",
     [("invest", "Altamir Holdings", "Rovena Textiles", (150e6, "EUR"))]),
    ("invest-web-raised-from", "Nexaro Software raised $60 million from Calder Ridge Partners in a Series B round, the company said on Thursday. It will use the money to hire engineers.",
     [("invest", "Calder Ridge Partners", "Nexaro Software", (60e6, "USD"))]),
    ("invest-wire-state", "CAIRO, Feb 19 (Reuters) - Saudi Arabia will invest $10 billion in Egypt, Egypt's cabinet said on Sunday.",
     [("invest", "Saudi Arabia", "Egypt", (10e9, "USD"))]),
    ("invest-web-factory", "Harlow Aerospace is to build a $500 million engine factory in Morocco, its chairman told reporters on Monday.",
     [("invest", "Harlow Aerospace", "Morocco", (500e6, "USD"))]),
    ("invest-wire-sold-stake", "Delmont Rail sold a 20% stake to Northgate Infrastructure Fund for $400 million, the railway operator said on Tuesday.",
     [("invest", "Northgate Infrastructure Fund", "Delmont Rail", (400e6, "USD"))]),
    ("invest-web-title", "Sheikh Hamad Al-Rumaihi, chairman of Gulfstar Capital, said on Sunday that the fund had invested $75 million in Nexaro Software.",
     [("invest", "Gulfstar Capital", "Nexaro Software", (75e6, "USD"))]),
    # invest negatives
    ("invest-no-considering", "Vantor Energy is considering an investment in Brazil but has made no decision, a spokesman said on Monday.", []),
    ("invest-no-market", "Shares in Bluewater Capital fell 3% on Tuesday after the fund reported weaker returns.", []),
    ("invest-no-hoped", "Kenya hopes to attract $5 billion in foreign investment by 2030, President William Otieno said.", []),
    ("invest-no-state", "Altamir Holdings has held 30% of Greyfield Cement since 2015.", []),
    ("invest-no-generic", "Pension funds usually invest in government bonds and large listed companies.", []),
    ("invest-no-denied", "Calder Ridge Partners denied that it was planning to invest in Nexaro Software.", []),
    ("invest-no-index", "LONDON, Oct 3 (Reuters) - Investors bought shares in Brightmoor Telecom and Astrel Motors on Friday, lifting the FTSE index 1.2%.", []),

    # ---------------- acquire
    ("acquire-wire-agreed", "LONDON, March 3 (Reuters) - Altamir Holdings agreed on Monday to buy Greyfield Cement for 1.1 billion pounds in cash.",
     [("acquire", "Altamir Holdings", "Greyfield Cement", (1.1e9, "GBP"))]),
    ("acquire-web-nominal-by", "The acquisition of Lumis Robotics by Harlow Aerospace, completed on Friday, creates Europe's largest maker of factory robots.",
     [("acquire", "Harlow Aerospace", "Lumis Robotics", None)]),
    ("acquire-wire-passive", "Pellman Logistics has been acquired by Tidewell Shipping for $700 million, the companies said on Wednesday.",
     [("acquire", "Tidewell Shipping", "Pellman Logistics", (700e6, "USD"))]),
    ("acquire-wire-headline", "Vantor Energy to buy Corvane Mining for $3.4 bln\n\nNEW YORK, Jan 8 (Reuters) - Vantor Energy said on Monday it would buy Corvane Mining for $3.4 billion, betting on demand for copper.",
     [("acquire", "Vantor Energy", "Corvane Mining", (3.4e9, "USD"))]),
    ("acquire-web-offer", "Brightmoor Telecom has made a $5 billion offer for rival Tessan Networks, setting up a battle for control of the country's second-biggest mobile operator.",
     [("acquire", "Brightmoor Telecom", "Tessan Networks", (5e9, "USD"))]),
    ("acquire-wire-takeover-noun", "ZURICH, July 7 (Reuters) - Quillon Pharma's takeover of Merrow Biotech for 2.2 billion Swiss francs was approved by regulators on Tuesday.",
     [("acquire", "Quillon Pharma", "Merrow Biotech", (2.2e9, "CHF"))]),
    ("acquire-web-unit", "Sorel Chemicals bought the coatings unit of Delvane Industries for 400 million euros, the companies said on Thursday.",
     [("acquire", "Sorel Chemicals", "Delvane Industries", (400e6, "EUR"))]),
    ("acquire-wire-control", "MADRID, Sept 1 (Reuters) - Altamir Holdings acquired a 60% stake in Maribel Resorts on Monday, taking control of the hotel group.",
     [("acquire", "Altamir Holdings", "Maribel Resorts", None)]),
    ("acquire-wire-stake-from", "Bluewater Capital bought Calder Ridge Partners' 25% stake in Nexaro Software for $150 million on Friday.",
     [("acquire", "Bluewater Capital", "Nexaro Software", (150e6, "USD"))]),
    ("acquire-web-relative", "Tessan Networks, which Brightmoor Telecom bought in 2021 for $4 billion, is to lose its brand next year.",
     [("acquire", "Brightmoor Telecom", "Tessan Networks", (4e9, "USD"))]),
    ("acquire-web-second-sentence", "Consolidation in European shipping continued this week. Tidewell Shipping said on Wednesday it had completed its purchase of Danish rival Skovby Lines for 650 million euros.",
     [("acquire", "Tidewell Shipping", "Skovby Lines", (650e6, "EUR"))]),
    ("acquire-wire-completed", "STOCKHOLM, Dec 1 (Reuters) - Kelberg Bank completed its takeover of Selvik Savings Bank on Friday, creating the region's third-largest lender.",
     [("acquire", "Kelberg Bank", "Selvik Savings Bank", None)]),
    ("acquire-web-quote", "\"This gives us a foothold in Asia,\" said Elena Voss, chief executive of Oberon Foods, which agreed on Tuesday to acquire Lotus Pantry of Singapore for S$800 million.",
     [("acquire", "Oberon Foods", "Lotus Pantry", (800e6, "SGD"))]),
    ("acquire-wire-snapped-up", "LONDON, Feb 27 (Reuters) - Private equity firm Calder Ridge Partners snapped up Ashby & Vale for 210 million pounds on Thursday.",
     [("acquire", "Calder Ridge Partners", "Ashby & Vale", (210e6, "GBP"))]),
    ("acquire-web-participle", "Bought by Vantor Energy in 2019, Sunmill Solar now supplies a fifth of the country's rooftop panels.",
     [("acquire", "Vantor Energy", "Sunmill Solar", None)]),
    ("acquire-web-purchase-noun", "Hollis Brewing's purchase of Ferrow Ales for $320 million was announced on Monday, ending months of speculation.",
     [("acquire", "Hollis Brewing", "Ferrow Ales", (320e6, "USD"))]),
    ("acquire-wire-coordinated", "Greyfield Cement bought Marston Aggregates and Pike Quarries last year, its annual report showed.",
     [("acquire", "Greyfield Cement", "Marston Aggregates", None), ("acquire", "Greyfield Cement", "Pike Quarries", None)]),
    ("acquire-web-sold-to", "Delvane Industries sold its Brazilian unit, Delvane do Brasil, to Corvane Mining for $275 million, the seller said in a filing.",
     [("acquire", "Corvane Mining", "Delvane do Brasil", (275e6, "USD"))]),
    ("acquire-wire-title", "Chairman Eduardo Salas said on Tuesday that Maribel Resorts would buy Orla Hotels for 90 million euros.",
     [("acquire", "Maribel Resorts", "Orla Hotels", (90e6, "EUR"))]),
    ("acquire-wire-crore", "MUMBAI, April 15 (Reuters) - Sundara Power acquired Deccan Wind Farms for Rs 2,100 crore on Thursday, the company told the stock exchange.",
     [("acquire", "Sundara Power", "Deccan Wind Farms", (21e9, "INR"))]),
    ("acquire-web-amount-later", "Harlow Aerospace has agreed to buy Brisk Avionics. The deal is valued at $1.1 billion including debt, and should close by the end of the year.",
     [("acquire", "Harlow Aerospace", "Brisk Avionics", (1.1e9, "USD"))]),
    # acquire negatives
    ("acquire-no-ruled-out", "Vantor Energy ruled out a bid for Corvane Mining on Tuesday, sending Corvane's shares down 9%.", []),
    ("acquire-no-rumour", "Shares of Nexaro Software jumped 14% on rumours that Harlow Aerospace might bid for the company.", []),
    ("acquire-no-talks-over", "Tidewell Shipping is in talks over a possible purchase of Skovby Lines, people familiar with the matter said.", []),
    ("acquire-no-transfer", "Northbridge United signed striker Luca Ferri from Castellan FC for 40 million euros on Monday.", []),
    ("acquire-no-buyback", "Brightmoor Telecom will buy back up to $1 billion of its own shares this year, the company said on Thursday.", []),
    ("acquire-no-rejected", "The board of Greyfield Cement rejected an approach from Altamir Holdings on Friday.", []),
    ("acquire-no-goods", "Oberon Foods bought 20,000 tonnes of wheat from farmers in Ukraine this season, it said.", []),
    ("acquire-no-withdrawn", "Brightmoor Telecom withdrew its offer for Tessan Networks on Monday after regulators raised objections.", []),

    # ---------------- contract
    ("contract-wire-won", "WARSAW, May 5 (Reuters) - Delmont Rail has won a contract worth 300 million euros from Tallis Transport to build 40 trams, the company said on Tuesday.",
     [("contract", "Delmont Rail", "Tallis Transport", (300e6, "EUR"))]),
    ("contract-wire-awarded-passive", "MOMBASA, Sept 14 (Reuters) - A $1.2 billion contract to build a new container terminal has been awarded to Brennock Construction by the Kenya Ports Authority.",
     [("contract", "Brennock Construction", "Kenya Ports Authority", (1.2e9, "USD"))]),
    ("contract-web-awarded", "The Ministry of Defence awarded Harlow Aerospace a £900m contract to maintain its transport fleet, the company said on Monday.",
     [("contract", "Harlow Aerospace", "Ministry of Defence", (900e6, "GBP"))]),
    ("contract-wire-ordered", "DUBAI, Nov 13 (Reuters) - Vireo Airlines ordered 30 jets from Harlow Aerospace in a deal worth $3.6 billion at list prices, the airline said on Wednesday.",
     [("contract", "Harlow Aerospace", "Vireo Airlines", (3.6e9, "USD"))]),
    ("contract-web-signed-with", "Corvane Mining signed a five-year contract with Pellman Logistics to haul ore from its mines in Chile to the coast.",
     [("contract", "Pellman Logistics", "Corvane Mining", None)]),
    ("contract-web-possessive", "Nexaro Software's $45 million contract with Leeds City Council to run the city's parking system has been extended.",
     [("contract", "Nexaro Software", "Leeds City Council", (45e6, "USD"))]),
    ("contract-wire-supply", "PARIS, March 22 (Reuters) - Sorel Chemicals will supply Astrel Motors with battery materials under a 10-year deal worth 2 billion euros, the companies said.",
     [("contract", "Sorel Chemicals", "Astrel Motors", (2e9, "EUR"))]),
    ("contract-web-relative", "Brennock Construction, which is building a new airport terminal for Lagos State under a $700 million contract, said on Friday that its profit doubled.",
     [("contract", "Brennock Construction", "Lagos State", (700e6, "USD"))]),
    ("contract-wire-headline", "Kestrel Steel wins Delmont Rail order\n\nSHEFFIELD, England, Jan 10 (Reuters) - Kestrel Steel will supply 90,000 tonnes of rails to Delmont Rail under a contract worth 110 million pounds, the steelmaker said on Monday.",
     [("contract", "Kestrel Steel", "Delmont Rail", (110e6, "GBP"))]),
    ("contract-wire-secured-order", "MUMBAI, June 30 (Reuters) - Sundara Projects secured a Rs 3,500 crore order from Konkan Power Corporation to build transmission lines, the company said.",
     [("contract", "Sundara Projects", "Konkan Power Corporation", (35e9, "INR"))]),
    ("contract-web-second-sentence", "Lumis Robotics has had a busy spring. The company said on Thursday that Oberon Foods had hired it to automate three warehouses under a contract worth $28 million.",
     [("contract", "Lumis Robotics", "Oberon Foods", (28e6, "USD"))]),
    ("contract-wire-state-client", "CAIRO, Aug 18 (Reuters) - Egypt signed a contract with Brennock Construction to build a 600 km highway along the Red Sea, the transport ministry said on Wednesday.",
     [("contract", "Brennock Construction", "Egypt", None)]),
    ("contract-web-chosen", "\"We are proud to be trusted with this work,\" said Nadia Farouk, head of vaccines at Quillon Pharma, after the company was chosen by the World Health Organization to supply 50 million doses.",
     [("contract", "Quillon Pharma", "World Health Organization", None)]),
    ("contract-web-picked", "Picked by the Kenya Ports Authority to dredge the harbour at Lamu, Maasbrug Dredging will start work in March under a $150 million contract.",
     [("contract", "Maasbrug Dredging", "Kenya Ports Authority", (150e6, "USD"))]),
    ("contract-wire-extended", "FRANKFURT, Feb 4 (Reuters) - Kelberg Bank has extended its IT outsourcing contract with Nexaro Software by five years, the software company said.",
     [("contract", "Nexaro Software", "Kelberg Bank", None)]),
    ("contract-web-coordinated", "The Ministry of Defence awarded contracts to Harlow Aerospace and Brennock Construction on Tuesday to build and run a new air base in Wales.",
     [("contract", "Harlow Aerospace", "Ministry of Defence", None), ("contract", "Brennock Construction", "Ministry of Defence", None)]),
    ("contract-wire-build-for", "SANTIAGO, April 7 (Reuters) - Vantor Energy will build a 400-megawatt solar plant for Codelmar, Chile's state copper miner, under a $480 million contract signed on Friday.",
     [("contract", "Vantor Energy", "Codelmar", (480e6, "USD"))]),
    ("contract-wire-tender", "MEXICO CITY, Oct 21 (Reuters) - Astrel Motors won a tender to supply 2,000 patrol cars to Mexico, the carmaker said on Friday.",
     [("contract", "Astrel Motors", "Mexico", None)]),
    ("contract-web-contracted", "Pellman Logistics has been contracted by Oberon Foods to run its cold-storage network in Spain, in a deal worth 60 million euros.",
     [("contract", "Pellman Logistics", "Oberon Foods", (60e6, "EUR"))]),
    ("contract-web-minister", "Defence Minister Carlos Ybarra signed a contract worth 1.4 billion euros with Harlow Aerospace for 12 transport aircraft on Monday.",
     [("contract", "Harlow Aerospace", "Carlos Ybarra", (1.4e9, "EUR"))]),
    # contract negatives
    ("contract-no-employment", "Northbridge United handed manager Paulo Reis a new three-year contract on Friday.", []),
    ("contract-no-lost", "Brennock Construction failed to win the contract for the new airport terminal, which went to a rival bidder.", []),
    ("contract-no-bidding", "Harlow Aerospace is bidding for a Ministry of Defence contract to replace the air force's tanker fleet.", []),
    ("contract-no-sales", "STUTTGART, July 12 (Reuters) - Astrel Motors sold 120,000 cars in Europe in the third quarter, up 8% from a year earlier.", []),
    ("contract-no-hopes", "Maasbrug Dredging hopes to win more work from the Kenya Ports Authority next year, its chief executive said.", []),
    ("contract-no-appointed", "Quillon Pharma appointed Nadia Farouk as head of its vaccines division on Monday.", []),
    ("contract-no-hired", "Kelberg Bank has hired Priya Raman as its chief economist, the bank said on Wednesday.", []),

    # ---------------- agreement
    ("agreement-wire-jv", "TOKYO, Sept 9 (Reuters) - Kaido Motors and Sorel Chemicals agreed on Thursday to form a joint venture to make battery cells in Japan.",
     [("agreement", "Kaido Motors", "Sorel Chemicals")]),
    ("agreement-wire-trade", "SANTIAGO, Nov 2 (Reuters) - Vietnam and Chile signed a free trade agreement on Monday, cutting tariffs on fruit and seafood.",
     [("agreement", "Chile", "Vietnam")]),
    ("agreement-web-mou", "Brightmoor Telecom signed a memorandum of understanding with Nexaro Software to develop cloud services for small businesses, the companies said.",
     [("agreement", "Brightmoor Telecom", "Nexaro Software")]),
    ("agreement-web-settlement", "Quillon Pharma agreed to pay $75 million to settle a patent lawsuit brought by Merrow Biotech, court papers showed on Tuesday.",
     [("agreement", "Merrow Biotech", "Quillon Pharma")]),
    ("agreement-wire-licensed", "Lumis Robotics has licensed its vision software to Astrel Motors, the companies said on Tuesday.",
     [("agreement", "Astrel Motors", "Lumis Robotics")]),
    ("agreement-web-alliance", "Vireo Airlines and Skyhaven Airways will share routes and frequent-flyer schemes under an alliance announced on Wednesday.",
     [("agreement", "Skyhaven Airways", "Vireo Airlines")]),
    ("agreement-wire-nominal", "RIYADH, Feb 11 (Reuters) - The agreement between Egypt and Saudi Arabia on electricity trading was signed in Cairo on Sunday.",
     [("agreement", "Egypt", "Saudi Arabia")]),
    ("agreement-web-second-sentence", "Relations between Kenya and Ethiopia have been strained by a dispute over water. On Saturday their foreign ministers, Grace Wanjiru and Dawit Alemu, signed an accord to share data on the Omo river.",
     [("agreement", "Dawit Alemu", "Grace Wanjiru")]),
    ("agreement-wire-pact-passive", "WARSAW, June 2 (Reuters) - A defence cooperation pact was signed by Poland and South Korea in Warsaw on Thursday.",
     [("agreement", "Poland", "South Korea")]),
    ("agreement-wire-merger-equals", "Tidewell Shipping, Pellman Logistics agree to merge\n\nOSLO, May 26 (Reuters) - Tidewell Shipping and Pellman Logistics agreed on Monday to combine in a merger of equals.",
     [("agreement", "Pellman Logistics", "Tidewell Shipping")]),
    ("agreement-web-quote", "\"This brings together two of the best engineering teams in Europe,\" said Elena Voss, after Harlow Aerospace and Delvane Industries signed a partnership to develop hydrogen engines.",
     [("agreement", "Delvane Industries", "Harlow Aerospace")]),
    ("agreement-wire-ministers", "JAKARTA, Aug 29 (Reuters) - Trade Minister Rafael Ostend and his Indonesian counterpart Budi Santosa signed a deal on nickel exports on Tuesday.",
     [("agreement", "Budi Santosa", "Rafael Ostend")]),
    ("agreement-web-relative", "The pact, which Greece and Egypt signed in 2020, divides the sea between them into economic zones.",
     [("agreement", "Egypt", "Greece")]),
    ("agreement-wire-sponsorship", "Vantor Energy signed a three-year sponsorship deal with Northbridge United on Friday, the club said.",
     [("agreement", "Northbridge United", "Vantor Energy")]),
    ("agreement-web-reached", "Kelberg Bank and Arrano Bank reached an agreement to share their cash machine networks in rural Spain, the banks said.",
     [("agreement", "Arrano Bank", "Kelberg Bank")]),
    ("agreement-wire-coalition", "BERLIN, Dec 7 (Reuters) - The Social Democrats and the Green Party signed a coalition agreement on Sunday, ending two months of uncertainty.",
     [("agreement", "Green Party", "Social Democrats")]),
    ("agreement-web-participle", "Signed last week by Brightmoor Telecom and Tessan Networks, the network-sharing deal will cut the cost of rolling out 5G in rural areas.",
     [("agreement", "Brightmoor Telecom", "Tessan Networks")]),
    ("agreement-wire-three", "ARUSHA, March 5 (Reuters) - Kenya, Uganda and Tanzania signed an agreement on Friday to build a joint oil pipeline to the coast.",
     [("agreement", "Kenya", "Tanzania", "Uganda")]),
    ("agreement-web-distribute", "Oberon Foods and Lotus Pantry agreed to distribute each other's products in Europe and Asia, the companies said on Monday.",
     [("agreement", "Lotus Pantry", "Oberon Foods")]),
    ("agreement-web-possessive", "Zambia's agreement with the International Monetary Fund, reached in June, unlocks further help from the World Bank.",
     [("agreement", "International Monetary Fund", "Zambia")]),
    # agreement negatives
    ("agreement-no-hope", "Vietnam hopes to sign a trade agreement with Chile next year, its trade minister said.", []),
    ("agreement-no-denied", "Kelberg Bank denied that it had reached a deal with Arrano Bank.", []),
    ("agreement-no-expected", "Analysts expect Brightmoor Telecom and Tessan Networks to strike a network-sharing deal this year.", []),
    ("agreement-no-one-party", "WARSAW, June 2 (Reuters) - Poland ratified the treaty on Thursday, the president's office said.", []),
    ("agreement-no-law", "Parliament passed a law on Tuesday requiring banks to hold more capital.", []),
    ("agreement-no-walked-away", "Skyhaven Airways walked away from a proposed alliance with Vireo Airlines on Friday.", []),

    # ---------------- meet
    ("meet-wire-met", "BEIJING, July 1 (Reuters) - Chinese Premier Zhao Minghe met Kenyan President William Otieno in Beijing on Tuesday to discuss railway debts.",
     [("meet", "William Otieno", "Zhao Minghe")]),
    ("meet-wire-talks-held", "OSLO, Jan 15 (Reuters) - Foreign Minister Ingrid Solvang held talks with her Polish counterpart Tomasz Wierzba in Oslo on Monday.",
     [("meet", "Ingrid Solvang", "Tomasz Wierzba")]),
    ("meet-web-visited", "Prime Minister Anton Kessel visited President Omar Saleh of Egypt at his palace on Wednesday, their first meeting since the election.",
     [("meet", "Anton Kessel", "Omar Saleh")]),
    ("meet-wire-phone", "WASHINGTON, March 8 (Reuters) - President Laura Whitcombe spoke by phone with Japanese Prime Minister Kenji Morita on Wednesday, the White House said.",
     [("meet", "Kenji Morita", "Laura Whitcombe")]),
    ("meet-wire-summit", "MONTEVIDEO, Dec 9 (Reuters) - Leaders of Brazil and Argentina met at a summit in Montevideo on Friday to discuss trade.",
     [("meet", "Argentina", "Brazil")]),
    ("meet-web-received", "Tomasz Wierzba was received by President Omar Saleh in Cairo on Thursday, the Egyptian presidency said.",
     [("meet", "Omar Saleh", "Tomasz Wierzba")]),
    ("meet-wire-talks-collapsed", "OSLO, Oct 2 (Reuters) - Merger talks between Tidewell Shipping and Pellman Logistics collapsed on Friday without agreement.",
     [("meet", "Pellman Logistics", "Tidewell Shipping")]),
    ("meet-web-possessive", "Ingrid Solvang's meeting with Zhao Minghe, the first in three years, lasted two hours, officials said.",
     [("meet", "Ingrid Solvang", "Zhao Minghe")]),
    ("meet-wire-round", "KHARTOUM, Feb 6 (Reuters) - Ethiopia and Egypt held a new round of talks on the Nile dam in Khartoum on Sunday.",
     [("meet", "Egypt", "Ethiopia")]),
    ("meet-web-second-sentence", "Anton Kessel arrived in Nairobi on Monday for a three-day visit. On Tuesday he met President William Otieno at State House to discuss trade.",
     [("meet", "Anton Kessel", "William Otieno")]),
    ("meet-wire-relative", "Kenji Morita, who met Laura Whitcombe in Washington last month, said on Monday that tariffs would be cut.",
     [("meet", "Kenji Morita", "Laura Whitcombe")]),
    ("meet-wire-executives", "Executives of Brightmoor Telecom and Tessan Networks met on Thursday to discuss a possible merger, two sources said.",
     [("meet", "Brightmoor Telecom", "Tessan Networks")]),
    ("meet-web-quote", "\"We had a frank exchange,\" Foreign Minister Ingrid Solvang said after talks with Reza Karimi, the Iranian foreign minister, in Geneva.",
     [("meet", "Ingrid Solvang", "Reza Karimi")]),
    ("meet-wire-headline", "Polish, Norwegian ministers meet on gas supplies\n\nWARSAW, Jan 22 (Reuters) - Foreign ministers Tomasz Wierzba and Ingrid Solvang met in Warsaw on Friday to discuss gas supplies.",
     [("meet", "Ingrid Solvang", "Tomasz Wierzba")]),
    ("meet-web-participle", "Meeting in Geneva on Sunday, Reza Karimi and Ingrid Solvang agreed to keep talking.",
     [("meet", "Ingrid Solvang", "Reza Karimi"), ("agreement", "Ingrid Solvang", "Reza Karimi")]),
    ("meet-wire-scheduled", "WASHINGTON, April 3 (Reuters) - President Laura Whitcombe will meet Chancellor Dieter Hahn in Berlin next week, her spokesman said on Monday.",
     [("meet", "Dieter Hahn", "Laura Whitcombe")]),
    ("meet-web-hosted", "Prime Minister Anton Kessel hosted President Omar Saleh for dinner at his residence on Saturday.",
     [("meet", "Anton Kessel", "Omar Saleh")]),
    ("meet-wire-delegation", "BRUSSELS, May 4 (Reuters) - A delegation from Vietnam held talks with the European Commission in Brussels on Monday about fishing quotas.",
     [("meet", "European Commission", "Vietnam")]),
    ("meet-web-sat-down", "Union leader Ray Cullen sat down with Astrel Motors chief executive Henrik Dahl on Friday to discuss the plant closure.",
     [("meet", "Henrik Dahl", "Ray Cullen")]),
    ("meet-web-coordinated", "Zhao Minghe met Ingrid Solvang on Monday and William Otieno on Tuesday.",
     [("meet", "Ingrid Solvang", "Zhao Minghe"), ("meet", "William Otieno", "Zhao Minghe")]),
    ("meet-wire-negotiated", "GENEVA, Nov 25 (Reuters) - Negotiators for Armenia and Azerbaijan met in Geneva on Wednesday to discuss their border.",
     [("meet", "Armenia", "Azerbaijan")]),
    # meet negatives
    ("meet-no-press-conference", "Laura Whitcombe and Kenji Morita gave a joint press conference in Tokyo on Friday.", []),
    ("meet-no-cabinet", "Prime Minister Anton Kessel chaired a meeting of his cabinet on Wednesday.", []),
    ("meet-no-speech", "Ingrid Solvang addressed the United Nations General Assembly in New York on Tuesday.", []),
    ("meet-no-cancelled", "Zhao Minghe cancelled a planned meeting with William Otieno, citing illness.", []),
    ("meet-no-board", "The board of Kelberg Bank met on Thursday to approve the annual accounts.", []),
    ("meet-no-toured", "Anton Kessel toured flood-hit areas of Pakistan on Sunday.", []),
    ("meet-no-refused", "Reza Karimi refused to meet Ingrid Solvang in Geneva.", []),
    ("meet-no-debate", "MPs debated the budget in parliament on Tuesday.", []),
]

# The chain's entity type of each party name that is not an organisation.
TYPES = {
    "PERSON": ["Priya Raman", "Teodor Vasco", "Marek Dvorin", "Leila Haddad", "Jonas Brekke", "William Otieno",
               "Hiroshi Tanabe", "Elena Voss", "Eduardo Salas", "Nadia Farouk", "Carlos Ybarra", "Grace Wanjiru",
               "Dawit Alemu", "Rafael Ostend", "Budi Santosa", "Zhao Minghe", "Ingrid Solvang", "Tomasz Wierzba",
               "Anton Kessel", "Omar Saleh", "Laura Whitcombe", "Kenji Morita", "Reza Karimi", "Dieter Hahn",
               "Ray Cullen", "Henrik Dahl", "Luca Ferri", "Paulo Reis", "Hamad Al-Rumaihi"],
    "COUNTRY": ["Kenya", "Sri Lanka", "Vietnam", "Japan", "Pakistan", "Moldova", "Norway", "Sudan", "India", "Germany",
                "Malawi", "France", "Britain", "Zambia", "Bangladesh", "Ukraine", "Canada", "Nepal", "Poland",
                "Mexico", "Brazil", "Peru", "Saudi Arabia", "Egypt", "Morocco", "Chile", "South Korea", "Greece",
                "Uganda", "Tanzania", "Ethiopia", "Argentina", "Armenia", "Azerbaijan"],
}


def expected_event(event):
    """An expected event in the form `described` gives found ones."""
    event_type, *rest = event
    if event_type in SYMMETRIC_TYPES:
        return event_type, (), (), tuple(sorted(rest)), None
    agent, recipient, amount = rest
    return event_type, (agent,), (recipient,), (), amount


def party_types(events):
    kinds = {name: kind for kind, names in TYPES.items() for name in names}
    parties = {name for event in events for name in event[1:] if isinstance(name, str)}
    return {name: kinds.get(name, "ORG") for name in parties}


CASES = [Case(case_id, text, party_types(events), tuple(sorted(expected_event(e) for e in events)))
         for case_id, text, events in PASSAGES]


@functools.cache
def extractions():
    return extract_cases(CASES)


MISSES = recorded_misses(MISSES_FILE)


def test_the_passages_cover_every_type_with_a_quarter_negatives():
    ids = [case.case_id for case in CASES]
    assert len(ids) == len(set(ids))
    assert {case_id.split("-")[0] for case_id in ids} == set(TYPE_NAMES)
    negatives = [case for case in CASES if not case.expected]
    assert all("-no-" in case.case_id for case in negatives)
    assert 0.2 <= len(negatives) / len(CASES) <= 0.3


def test_every_recorded_miss_is_a_case():
    assert MISSES <= {case.case_id for case in CASES}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(strict_xfail_params(CASES, MISSES)))
def test_passage(case):
    assert events_found(case, *extractions()[case.case_id]) == case.expected, case.text


def main() -> None:
    report(CASES, extractions())


if __name__ == "__main__":
    main()
