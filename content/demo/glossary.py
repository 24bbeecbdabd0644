"""Topics and the glossary: one row per language, linked by concept key.

The definitions were written for the demo (is_sample=True), not quoted from a source.
"""

from django.db import transaction

from content.data.models import GlossaryTerm, Topic

from .countries import _translate, translated_locales

# slug, name (translations in content.demo.terms)
TOPICS = [
    ("e-procurement", "E-procurement"),
    ("legal-framework", "Legal framework"),
    ("integrity", "Integrity and transparency"),
    ("sme", "SMEs and market access"),
    ("sustainable", "Sustainable procurement"),
    ("capacity-building", "Capacity building"),
    ("framework-agreements", "Framework agreements"),
    ("complaints", "Complaints and review"),
    ("open-data", "Open data"),
    ("quality-safety", "Quality and safety"),
    ("oda", "Development cooperation"),
]

# concept, topic, abbreviation, term, definition (translations in content.demo.terms)
TERMS = [
    (
        "e-procurement",
        "e-procurement",
        "",
        "e-procurement",
        "Carrying out public procurement through electronic systems, from notice to payment.",
    ),
    (
        "e-tendering",
        "e-procurement",
        "",
        "e-tendering",
        "Publishing tenders and receiving and opening bids electronically.",
    ),
    (
        "e-contracting",
        "e-procurement",
        "",
        "e-contracting",
        "Signing and managing public contracts electronically.",
    ),
    (
        "e-payment",
        "e-procurement",
        "",
        "e-payment",
        "Paying suppliers through the e-procurement system.",
    ),
    (
        "e-catalogue",
        "e-procurement",
        "",
        "e-catalogue",
        "An online catalogue of products under framework contracts that public bodies order from.",
    ),
    (
        "online-shopping-mall",
        "e-procurement",
        "",
        "online shopping mall",
        "A government marketplace where public bodies buy contracted goods directly.",
    ),
    (
        "supplier-registration",
        "e-procurement",
        "",
        "supplier registration",
        "Registering a firm once so that it can take part in public tenders.",
    ),
    (
        "open-contracting",
        "open-data",
        "OCDS",
        "open contracting data",
        "Publishing procurement data in a standard, machine-readable form.",
    ),
    (
        "digital-signature",
        "e-procurement",
        "",
        "digital signature",
        "An electronic signature that proves who signed a bid or contract.",
    ),
    (
        "reverse-auction",
        "e-procurement",
        "",
        "electronic reverse auction",
        "Bidders lower their prices online in real time.",
    ),
    (
        "public-procurement",
        "legal-framework",
        "",
        "public procurement",
        "The purchase of goods, works and services by public bodies.",
    ),
    (
        "open-tender",
        "legal-framework",
        "",
        "open tender",
        "A procedure in which any interested supplier may bid.",
    ),
    (
        "restricted-tender",
        "legal-framework",
        "",
        "restricted tender",
        "Only invited or pre-qualified suppliers may bid.",
    ),
    (
        "direct-contracting",
        "legal-framework",
        "",
        "direct contracting",
        "Awarding a contract to one supplier without competition, in defined cases.",
    ),
    (
        "framework-agreement",
        "framework-agreements",
        "",
        "framework agreement",
        "An agreement fixing terms for orders over a period.",
    ),
    (
        "multiple-award-schedule",
        "framework-agreements",
        "MAS",
        "multiple award schedule",
        "A framework with several suppliers of similar products, from which buyers choose.",
    ),
    (
        "central-purchasing-body",
        "legal-framework",
        "CPB",
        "central purchasing body",
        "A public body that buys on behalf of other public bodies.",
    ),
    (
        "procuring-entity",
        "legal-framework",
        "",
        "procuring entity",
        "The public body that runs a procurement and signs the contract.",
    ),
    ("bidder", "legal-framework", "", "bidder", "A supplier that submits a bid in a tender."),
    (
        "bid-security",
        "legal-framework",
        "",
        "bid security",
        "A guarantee that a bidder will not withdraw its bid.",
    ),
    (
        "performance-security",
        "legal-framework",
        "",
        "performance security",
        "A guarantee that the supplier will perform the contract.",
    ),
    (
        "threshold",
        "legal-framework",
        "",
        "threshold",
        "The contract value above which a given procedure or publication applies.",
    ),
    (
        "pre-qualification",
        "legal-framework",
        "",
        "pre-qualification",
        "Checking suppliers' capacity before they may bid.",
    ),
    (
        "evaluation-criteria",
        "legal-framework",
        "",
        "evaluation criteria",
        "The rules by which bids are compared and the winner chosen.",
    ),
    (
        "meat",
        "legal-framework",
        "MEAT",
        "most economically advantageous tender",
        "Award to the bid with the best balance of price and quality.",
    ),
    (
        "lowest-price",
        "legal-framework",
        "",
        "lowest price award",
        "Award to the compliant bid with the lowest price.",
    ),
    (
        "abnormally-low-bid",
        "legal-framework",
        "",
        "abnormally low bid",
        "A bid so cheap that the buyer must ask whether it can be delivered.",
    ),
    (
        "tender-notice",
        "legal-framework",
        "",
        "tender notice",
        "The public announcement that invites bids.",
    ),
    (
        "bidding-documents",
        "legal-framework",
        "",
        "bidding documents",
        "The documents that tell bidders what is needed and how bids are judged.",
    ),
    (
        "contract-award",
        "legal-framework",
        "",
        "contract award",
        "The decision to give the contract to the winning bidder.",
    ),
    (
        "standstill-period",
        "complaints",
        "",
        "standstill period",
        "A pause between award decision and signature so losing bidders can complain.",
    ),
    (
        "bid-protest",
        "complaints",
        "",
        "bid protest",
        "A bidder's formal challenge to a procurement decision.",
    ),
    (
        "review-body",
        "complaints",
        "",
        "independent review body",
        "A body, independent of the buyer, that decides complaints.",
    ),
    (
        "debarment",
        "integrity",
        "",
        "debarment",
        "Excluding a supplier from public contracts for misconduct.",
    ),
    (
        "conflict-of-interest",
        "integrity",
        "",
        "conflict of interest",
        "A private interest that could sway an official's procurement decision.",
    ),
    (
        "bid-rigging",
        "integrity",
        "",
        "bid rigging",
        "Bidders colluding to fix who wins or at what price.",
    ),
    (
        "integrity-pact",
        "integrity",
        "",
        "integrity pact",
        "A signed commitment by buyer and bidders not to bribe or collude.",
    ),
    (
        "audit-trail",
        "integrity",
        "",
        "audit trail",
        "A record of every action in a procurement, kept for control and audit.",
    ),
    (
        "transparency",
        "integrity",
        "",
        "transparency",
        "Making procurement rules, decisions and data open to the public.",
    ),
    (
        "red-flag",
        "integrity",
        "",
        "red flag",
        "A pattern in procurement data that may point to fraud or collusion.",
    ),
    (
        "supreme-audit-institution",
        "integrity",
        "SAI",
        "supreme audit institution",
        "The national body that audits public spending.",
    ),
    (
        "value-for-money",
        "legal-framework",
        "VfM",
        "value for money",
        "Getting the best result for the money over the whole life of a purchase.",
    ),
    (
        "life-cycle-costing",
        "sustainable",
        "LCC",
        "life-cycle costing",
        "Comparing bids on the total cost of owning an item, not only its price.",
    ),
    (
        "green-procurement",
        "sustainable",
        "GPP",
        "green public procurement",
        "Buying goods and services with a lower environmental impact.",
    ),
    (
        "social-procurement",
        "sustainable",
        "",
        "socially responsible procurement",
        "Using procurement to support social goals such as fair work.",
    ),
    (
        "sme-participation",
        "sme",
        "SME",
        "SME participation",
        "Small and medium-sized enterprises taking part in public tenders.",
    ),
    (
        "lots",
        "sme",
        "",
        "division into lots",
        "Splitting a large contract into parts so smaller firms can bid.",
    ),
    (
        "innovation-procurement",
        "sme",
        "",
        "innovation procurement",
        "Buying new solutions, or the research to develop them.",
    ),
    (
        "market-analysis",
        "sme",
        "",
        "market analysis",
        "Studying suppliers and prices before a procurement.",
    ),
    (
        "procurement-plan",
        "legal-framework",
        "",
        "procurement plan",
        "A list of planned purchases for the year, linked to the budget.",
    ),
    (
        "contract-management",
        "legal-framework",
        "",
        "contract management",
        "Overseeing delivery, changes and payment after signature.",
    ),
    (
        "inspection",
        "quality-safety",
        "",
        "inspection and acceptance",
        "Checking that what was delivered meets the contract before accepting it.",
    ),
    (
        "quality-management",
        "quality-safety",
        "",
        "quality management",
        "Systems that make sure goods and works meet required standards.",
    ),
    (
        "safety-management",
        "quality-safety",
        "",
        "safety management in public works",
        "Rules and checks that keep construction sites and products safe.",
    ),
    (
        "fair-competition",
        "integrity",
        "",
        "fair competition",
        "Equal treatment of bidders and open access to tenders.",
    ),
    (
        "gpa",
        "legal-framework",
        "GPA",
        "Government Procurement Agreement",
        "The WTO agreement opening parties' public procurement to each other.",
    ),
    (
        "maps",
        "capacity-building",
        "MAPS",
        "Methodology for Assessing Procurement Systems",
        "An international tool for assessing national procurement systems.",
    ),
    (
        "capacity-building",
        "capacity-building",
        "",
        "capacity building",
        "Training and support that help institutions do procurement well.",
    ),
    (
        "professionalisation",
        "capacity-building",
        "",
        "professionalisation",
        "Treating procurement as a profession with skills and certification.",
    ),
    (
        "oda",
        "oda",
        "ODA",
        "official development assistance",
        "Government aid that promotes the development of partner countries.",
    ),
    (
        "country-system",
        "oda",
        "",
        "use of country systems",
        "Donors using the partner's own procurement rules and systems.",
    ),
    (
        "koneps",
        "e-procurement",
        "KONEPS",
        "Korea ON-line E-Procurement System",
        "Korea's national e-procurement system, run by PPS since 2002.",
    ),
    (
        "single-window",
        "e-procurement",
        "",
        "single window",
        "One portal where all public tenders are published and handled.",
    ),
    (
        "emergency-procurement",
        "legal-framework",
        "",
        "emergency procurement",
        "Faster procedures allowed in a declared emergency.",
    ),
]


@transaction.atomic
def load_topics(en) -> dict:
    topics = {}
    for slug, name in TOPICS:
        topic, _ = Topic.objects.update_or_create(slug=slug, locale=en, defaults={"name": name})
        for locale, terms in translated_locales(en):
            if terms is not None:
                _translate(topic, locale, name=terms.TOPICS[slug])
        topics[slug] = topic
    return topics


@transaction.atomic
def load_glossary(en, topics: dict) -> int:
    locales = translated_locales(en)
    local_topics = {
        (topic.translation_key, topic.locale_id): topic
        for topic in Topic.objects.filter(
            translation_key__in=[t.translation_key for t in topics.values()]
        )
    }
    for concept, topic, abbr, term, definition in TERMS:
        row, _ = GlossaryTerm.objects.update_or_create(
            concept=concept,
            locale=en,
            defaults={
                "term": term,
                "definition": definition,
                "abbreviation": abbr,
                "topic": topics.get(topic),
                "is_sample": True,
            },
        )
        for locale, terms in locales:
            if terms is None:
                continue
            term_t, definition_t = terms.GLOSSARY[concept]
            key = topics[topic].translation_key if topic in topics else None
            _translate(
                row,
                locale,
                term=term_t,
                definition=definition_t,
                topic=local_topics.get((key, locale.pk)),
            )
    return GlossaryTerm.objects.count()
