"""Tetum: the agency's own terms, drafted by the team (not reviewed)."""

# pillar code: (name, description)
PILLARS = {
    "legal": (
        "Kuadru legál, regulamentár no polítika",
        "Pilar I MAPS nian: lei, regulamentu no polítika sira ne'ebé regula aprovizionamentu públiku.",
    ),
    "institutional": (
        "Kuadru institusionál no kapasidade jestaun",
        "Pilar II MAPS nian: oinsá sistema ne'e organiza, jere no iha funsionáriu.",
    ),
    "operations": (
        "Operasaun aprovizionamentu no prátika merkadu",
        "Pilar III MAPS nian: oinsá aprovizionamentu la'o iha prátika no oinsá merkadu responde.",
    ),
    "integrity": (
        "Responsabilizasaun, integridade no transparénsia",
        "Pilar IV MAPS nian: kontrolu, auditoria, keixa, sosiedade sivíl no anti-korrupsaun.",
    ),
    "eprocurement": (
        "Aprovizionamentu eletróniku",
        "Konkursu, kontratu no pagamentu eletróniku, katálogu eletróniku no loja online, "
        "rejistu fornesedór no dadus nakloke.",
    ),
}

# indicator code: (name, definition, unit)
INDICATORS = {
    "leg-law": (
        "Lei úniku ba aprovizionamentu públiku iha vigór",
        "Lei prinsipál ida kobre sosa sasán, obra no servisu husi entidade públika hotu.",
        "",
    ),
    "leg-methods": (
        "Métodu aprovizionamentu define iha lei",
        "Lei define métodu nakloke, restritu no ajuste diretu no bainhira bele uza ida-idak.",
        "",
    ),
    "leg-advertising": (
        "Loron mínimu atu hatama proposta (konkursu públiku)",
        "Tempu badak liu ne'ebé lei permite entre anúnsiu no prazu proposta.",
        "loron",
    ),
    "leg-complaints": (
        "Órgaun independente ba rekursu",
        "Konkorrente sira bele halo rekursu ba órgaun ida ne'ebé independente husi entidade adjudikante.",
        "",
    ),
    "leg-sustainable": (
        "Polítika aprovizionamentu sustentável",
        "Kritériu ambientál no sosiál sai parte husi polítika aprovizionamentu.",
        "",
    ),
    "leg-sme": (
        "Preferénsia ka rezerva ba empreza ki'ik no médiu",
        "Regra sira ne'ebé ajuda empreza ki'ik no médiu atu partisipa.",
        "",
    ),
    "leg-gpa": (
        "Parte ba Akordu Kontratu Públiku OMC nian",
        "Nasaun ne'e parte ba Akordu Kontratu Públiku OMC nian.",
        "",
    ),
    "leg-framework": (
        "Akordu-kuadru permitidu",
        "Lei permite entidade sira atu halo akordu-kuadru ho fornesedór ida ka liu.",
        "",
    ),
    "inst-cpb": (
        "Iha sentrál kompras",
        "Entidade nasionál ida sosa sasán no servisu komún ba entidade públika seluk.",
        "",
    ),
    "inst-regulator": (
        "Funsaun normativa no reguladora",
        "Entidade ida responsavel ba polítika, regulasaun no monitorizasaun aprovizionamentu.",
        "",
    ),
    "inst-staff": (
        "Ofisiál aprovizionamentu ne'ebé sertifikadu",
        "Funsionáriu aprovizionamentu ne'ebé iha sertifikasaun rekoñesidu.",
        "ofisiál kada entidade 100",
    ),
    "inst-training": (
        "Oras formasaun kada ofisiál aprovizionamentu",
        "Formasaun tinan-tinan ne'ebé funsionáriu aprovizionamentu simu, iha média.",
        "oras/tinan",
    ),
    "inst-stats": (
        "Estatístika aprovizionamentu nasionál publikadu",
        "Governu publika estatístika tinan-tinan kona-ba aprovizionamentu públiku.",
        "",
    ),
    "inst-budget-link": (
        "Planu aprovizionamentu liga ho orsamentu",
        "Planu aprovizionamentu tuir orsamentu ne'ebé aprova ona.",
        "",
    ),
    "inst-share-gdp": (
        "Aprovizionamentu públiku hanesan parte PIB nian",
        "Valór aprovizionamentu públiku kompara ho produtu internu brutu.",
        "%",
    ),
    "inst-description": (
        "Organizasaun kompra sentralizada",
        "Oinsá kompra sentralizada organiza, iha fraze ida.",
        "",
    ),
    "ops-open-share": (
        "Kontratu ne'ebé adjudika liuhusi konkursu públiku",
        "Parte valór kontratu nian ne'ebé adjudika liuhusi konkursu públiku nakloke.",
        "%",
    ),
    "ops-single-bid": (
        "Konkursu ho konkorrente ida de'it",
        "Parte konkursu nian ne'ebé simu proposta ida de'it.",
        "%",
    ),
    "ops-bidders": (
        "Média konkorrente kada konkursu",
        "Númeru média proposta ne'ebé simu kada konkursu.",
        "konkorrente",
    ),
    "ops-days-award": (
        "Loron husi abertura proposta to'o adjudikasaun",
        "Tempu medianu husi loke proposta to'o adjudika kontratu.",
        "loron",
    ),
    "ops-sme-share": (
        "Valór kontratu ne'ebé empreza ki'ik no médiu manán",
        "Parte valór kontratu nian ne'ebé adjudika ba empreza ki'ik no médiu.",
        "%",
    ),
    "ops-payment-days": (
        "Loron atu selu fornesedór",
        "Tempu medianu husi fatura to'o pagamentu.",
        "loron",
    ),
    "ops-green-share": (
        "Konkursu ho kritériu ambientál",
        "Parte konkursu nian ne'ebé inklui kritériu ambientál.",
        "%",
    ),
    "ops-foreign": (
        "Fornesedór estranjeiru bele konkore",
        "Se empreza estranjeira bele konkore iha konkursu nasionál.",
        "",
    ),
    "int-audit": (
        "Auditoria esterna ba aprovizionamentu",
        "Instituisaun superiór kontrolu nian halo auditoria ba aprovizionamentu regularmente.",
        "",
    ),
    "int-debarment": (
        "Lista ezkluzaun publikadu",
        "Fornesedór sira ne'ebé bandu husi kontratu públiku sira-nia naran publika.",
        "",
    ),
    "int-complaint-days": (
        "Loron atu deside keixa ida",
        "Tempu medianu ne'ebé órgaun rekursu uza atu deside keixa ida.",
        "loron",
    ),
    "int-complaints": (
        "Keixa kada konkursu 1000",
        "Dala hira konkorrente sira uza sistema keixa nian.",
        "kada 1000",
    ),
    "int-civil-society": (
        "Monitorizasaun husi sosiedade sivíl",
        "Sosiedade sivíl bele observa no relata kona-ba aprovizionamentu.",
        "",
    ),
    "int-conflict": (
        "Deklarasaun konflitu interese",
        "Funsionáriu sira ne'ebé envolve iha aprovizionamentu deklara konflitu interese.",
        "",
    ),
    "int-awards-published": (
        "Adjudikasaun publikadu",
        "Parte adjudikasaun nian ne'ebé ninia detalle publika online.",
        "%",
    ),
    "int-note": (
        "Medida integridade iha rezumu",
        "Medida integridade prinsipál sira, iha fraze ida.",
        "",
    ),
    "ep-system": (
        "Sistema aprovizionamentu eletróniku nasionál funsiona",
        "Sistema eletróniku nasionál ida uza ba aprovizionamentu públiku.",
        "",
    ),
    "ep-launch": (
        "Tinan lansamentu sistema aprovizionamentu eletróniku",
        "Tinan ne'ebé sistema aprovizionamentu eletróniku nasionál hahú funsiona.",
        "",
    ),
    "ep-etender": ("Konkursu eletróniku", "Proposta sira hatama no loke eletronikamente.", ""),
    "ep-econtract": ("Kontratu eletróniku", "Kontratu sira asina no jere eletronikamente.", ""),
    "ep-epayment": ("Pagamentu eletróniku", "Fornesedór sira simu pagamentu liuhusi sistema.", ""),
    "ep-ecatalogue": (
        "Katálogu eletróniku / loja online",
        "Entidade públika sira haruka sasán husi katálogu online produtu akordu-kuadru nian.",
        "",
    ),
    "ep-supplier-reg": (
        "Rejistu fornesedór online",
        "Fornesedór sira rejista dala ida, online, ba konkursu públiku hotu.",
        "",
    ),
    "ep-open-data": (
        "Dadus kontratasaun nakloke publikadu",
        "Dadus aprovizionamentu publika iha formatu ne'ebé máquina bele lee, hanesan OCDS.",
        "",
    ),
    "ep-share": (
        "Valór aprovizionamentu liuhusi sistema eletróniku",
        "Parte valór aprovizionamentu públiku nian ne'ebé prosesa liuhusi sistema eletróniku.",
        "%",
    ),
    "ep-users": (
        "Fornesedór rejistadu",
        "Fornesedór sira ne'ebé rejista iha sistema nasionál.",
        "rihun",
    ),
    "ep-mobile": (
        "Asesu móvel ba sistema eletróniku",
        "Fornesedór sira bele tuir konkursu liuhusi aplikasaun móvel.",
        "",
    ),
}

# value type: how values of that type are found
METHODOLOGY = {
    "boolean": "Sin bainhira testu legál ka sítiu ofisiál hatudu katak funsionalidade ne'e la'o.",
    "number": "Númeru ofisiál foun liu ba tinan ne'e; númeru ezemplu ne'e ilustrasaun de'it.",
    "percentage": "Parte husi valór totál tinan nian, tuir estatístika ofisiál.",
    "category": "Totál bainhira nasionál no obrigatóriu, Parsiál bainhira limitadu, Planeadu bainhira anunsia ona.",
    "text": "Deskrisaun badak husi fonte ofisiál sira.",
    "year": "Tinan ne'ebé sistema hahú funsiona iha nível nasionál, tuir sítiu ofisiál operadór nian.",
}

TOPICS = {
    "e-procurement": "Aprovizionamentu eletróniku",
    "legal-framework": "Kuadru legál",
    "integrity": "Integridade no transparénsia",
    "sme": "Empreza ki'ik no médiu no asesu ba merkadu",
    "sustainable": "Aprovizionamentu sustentável",
    "capacity-building": "Haforsa kapasidade",
    "framework-agreements": "Akordu-kuadru",
    "complaints": "Keixa no rekursu",
    "open-data": "Dadus nakloke",
    "quality-safety": "Kualidade no seguransa",
    "oda": "Kooperasaun ba dezenvolvimentu",
}

# concept: (term, definition)
GLOSSARY = {
    "e-procurement": (
        "aprovizionamentu eletróniku",
        "Halo aprovizionamentu públiku liuhusi sistema eletróniku, husi anúnsiu to'o pagamentu.",
    ),
    "e-tendering": (
        "konkursu eletróniku",
        "Publika konkursu no simu no loke proposta eletronikamente.",
    ),
    "e-contracting": ("kontratu eletróniku", "Asina no jere kontratu públiku eletronikamente."),
    "e-payment": (
        "pagamentu eletróniku",
        "Selu fornesedór liuhusi sistema aprovizionamentu eletróniku.",
    ),
    "e-catalogue": (
        "katálogu eletróniku",
        "Katálogu online ba produtu husi kontratu-kuadru ne'ebé entidade públika bele haruka.",
    ),
    "online-shopping-mall": (
        "loja online Estadu nian",
        "Merkadu Estadu nian ne'ebé entidade públika sosa direta sasán ne'ebé kontrata ona.",
    ),
    "supplier-registration": (
        "rejistu fornesedór",
        "Rejista empreza ida dala ida atu nia bele partisipa iha konkursu públiku.",
    ),
    "open-contracting": (
        "dadus kontratasaun nakloke",
        "Publika dadus aprovizionamentu iha forma padraun ne'ebé máquina bele lee.",
    ),
    "digital-signature": (
        "asinatura dijitál",
        "Asinatura eletrónika ne'ebé prova sé mak asina proposta ka kontratu.",
    ),
    "reverse-auction": (
        "leilaun eletróniku invérsu",
        "Konkorrente sira tun sira-nia presu online, iha tempu reál.",
    ),
    "public-procurement": (
        "aprovizionamentu públiku",
        "Sosa sasán, obra no servisu husi entidade públika.",
    ),
    "open-tender": (
        "konkursu públiku",
        "Prosedimentu ne'ebé fornesedór hotu ne'ebé interesadu bele hatama proposta.",
    ),
    "restricted-tender": (
        "konkursu limitadu",
        "Fornesedór ne'ebé hetan konvite ka pre-kualifika ona de'it mak bele hatama proposta.",
    ),
    "direct-contracting": (
        "ajuste diretu",
        "Adjudika kontratu ba fornesedór ida la ho konkorrénsia, iha kazu ne'ebé lei define.",
    ),
    "framework-agreement": (
        "akordu-kuadru",
        "Akordu ida ne'ebé fiksa kondisaun ba enkomenda durante períodu ida.",
    ),
    "multiple-award-schedule": (
        "akordu-kuadru ho fornesedór barak",
        "Akordu-kuadru ho fornesedór barak ba produtu hanesan, ne'ebé kompradór sira hili.",
    ),
    "central-purchasing-body": (
        "sentrál kompras",
        "Entidade públika ida ne'ebé sosa ba entidade públika seluk.",
    ),
    "procuring-entity": (
        "entidade adjudikante",
        "Entidade públika ne'ebé halo prosedimentu no asina kontratu.",
    ),
    "bidder": ("konkorrente", "Fornesedór ida ne'ebé hatama proposta iha konkursu."),
    "bid-security": (
        "garantia proposta",
        "Garantia katak konkorrente sei la hasai ninia proposta.",
    ),
    "performance-security": ("kausaun ezekusaun", "Garantia katak fornesedór sei kumpre kontratu."),
    "threshold": (
        "limiar",
        "Valór kontratu ne'ebé, liu ida ne'e, prosedimentu ka publikasaun ruma aplika.",
    ),
    "pre-qualification": (
        "pre-kualifikasaun",
        "Verifika kapasidade fornesedór sira molok sira bele hatama proposta.",
    ),
    "evaluation-criteria": (
        "kritériu avaliasaun",
        "Regra sira ne'ebé uza atu kompara proposta no hili manán-na'in.",
    ),
    "meat": (
        "proposta ekonomikamente vantajoza liu",
        "Adjudika ba proposta ne'ebé iha ekilíbriu di'ak liu entre presu no kualidade.",
    ),
    "lowest-price": (
        "adjudikasaun ho presu ki'ik liu",
        "Adjudika ba proposta ne'ebé kumpre rekizitu no iha presu ki'ik liu.",
    ),
    "abnormally-low-bid": (
        "proposta baratu la normál",
        "Proposta ida ne'ebé baratu tebes to'o kompradór tenke husu se bele kumpre.",
    ),
    "tender-notice": ("anúnsiu konkursu", "Anúnsiu públiku ne'ebé konvida proposta."),
    "bidding-documents": (
        "dokumentu konkursu",
        "Dokumentu sira ne'ebé hatete ba konkorrente saida mak presiza no oinsá avalia proposta.",
    ),
    "contract-award": ("adjudikasaun", "Desizaun atu fó kontratu ba konkorrente ne'ebé manán."),
    "standstill-period": (
        "prazu suspensivu",
        "Pauza ida entre desizaun adjudikasaun no asinatura atu konkorrente ne'ebé lakon bele halo keixa.",
    ),
    "bid-protest": (
        "impugnasaun",
        "Kontestasaun formál husi konkorrente ida ba desizaun aprovizionamentu.",
    ),
    "review-body": (
        "órgaun rekursu independente",
        "Órgaun ida, independente husi kompradór, ne'ebé deside keixa.",
    ),
    "debarment": ("ezkluzaun", "Hasai fornesedór ida husi kontratu públiku tanba hahalok aat."),
    "conflict-of-interest": (
        "konflitu interese",
        "Interese privadu ida ne'ebé bele influensia desizaun aprovizionamentu funsionáriu ida nian.",
    ),
    "bid-rigging": (
        "konluiu iha konkursu",
        "Konkorrente sira halo akordu subar kona-ba sé mak manán ka ho presu saida.",
    ),
    "integrity-pact": (
        "paktu integridade",
        "Kompromisu asinadu husi kompradór no konkorrente sira atu la fó osan-sosa no la halo konluiu.",
    ),
    "audit-trail": (
        "rejistu auditoria",
        "Rejistu kona-ba asaun hotu iha prosedimentu ida, rai ba kontrolu no auditoria.",
    ),
    "transparency": ("transparénsia", "Loke regra, desizaun no dadus aprovizionamentu ba públiku."),
    "red-flag": (
        "sinál alerta",
        "Padraun ida iha dadus aprovizionamentu ne'ebé bele hatudu fraude ka konluiu.",
    ),
    "supreme-audit-institution": (
        "instituisaun superiór kontrolu",
        "Entidade nasionál ne'ebé halo auditoria ba despeza públika.",
    ),
    "value-for-money": (
        "valór ba osan",
        "Hetan rezultadu di'ak liu ba osan durante moris tomak sasán ne'ebé sosa.",
    ),
    "life-cycle-costing": (
        "kustu síklu moris",
        "Kompara proposta tuir kustu totál atu iha sasán ida, la'ós presu de'it.",
    ),
    "green-procurement": (
        "aprovizionamentu públiku ambientál",
        "Sosa sasán no servisu ho impaktu ki'ik liu ba ambiente.",
    ),
    "social-procurement": (
        "aprovizionamentu sosialmente responsavel",
        "Uza aprovizionamentu atu apoia objetivu sosiál hanesan servisu dignu.",
    ),
    "sme-participation": (
        "partisipasaun empreza ki'ik no médiu",
        "Empreza ki'ik no médiu partisipa iha konkursu públiku.",
    ),
    "lots": (
        "fahe ba lote",
        "Fahe kontratu boot ida ba parte sira atu empreza ki'ik bele konkore.",
    ),
    "innovation-procurement": (
        "aprovizionamentu inovasaun",
        "Sosa solusaun foun, ka peskiza atu dezenvolve sira.",
    ),
    "market-analysis": (
        "análize merkadu",
        "Estuda fornesedór no presu molok aprovizionamentu ida.",
    ),
    "procurement-plan": (
        "planu aprovizionamentu",
        "Lista kompra ne'ebé planeia ba tinan ida, liga ho orsamentu.",
    ),
    "contract-management": (
        "jestaun kontratu",
        "Tau matan ba entrega, alterasaun no pagamentu depois asinatura.",
    ),
    "inspection": (
        "inspesaun no resesaun",
        "Verifika katak saida mak entrega tuir kontratu molok simu.",
    ),
    "quality-management": (
        "jestaun kualidade",
        "Sistema sira ne'ebé garante katak sasán no obra kumpre padraun ne'ebé ezije.",
    ),
    "safety-management": (
        "jestaun seguransa iha obra públika",
        "Regra no verifikasaun sira ne'ebé mantein fatin konstrusaun no produtu seguru.",
    ),
    "fair-competition": (
        "konkorrénsia justa",
        "Tratamentu hanesan ba konkorrente sira no asesu nakloke ba konkursu.",
    ),
    "gpa": (
        "Akordu Kontratu Públiku",
        "Akordu OMC nian ne'ebé loke aprovizionamentu públiku partes sira nian ba malu.",
    ),
    "maps": (
        "Metodolojia Avaliasaun Sistema Aprovizionamentu",
        "Instrumentu internasionál ida atu avalia sistema aprovizionamentu nasionál.",
    ),
    "capacity-building": (
        "haforsa kapasidade",
        "Formasaun no apoiu ne'ebé ajuda instituisaun sira halo aprovizionamentu ho di'ak.",
    ),
    "professionalisation": (
        "profisionalizasaun",
        "Trata aprovizionamentu hanesan profisaun ida ho abilidade no sertifikasaun.",
    ),
    "oda": (
        "ajuda públika ba dezenvolvimentu",
        "Ajuda husi governu ne'ebé promove dezenvolvimentu nasaun parseiru sira.",
    ),
    "country-system": (
        "uza sistema nasaun nian",
        "Doadór sira uza regra no sistema aprovizionamentu nasaun parseiru nian rasik.",
    ),
    "koneps": (
        "Sistema Aprovizionamentu Eletróniku Koreia (KONEPS)",
        "Sistema aprovizionamentu eletróniku nasionál Koreia nian, ne'ebé PPS jere dezde 2002.",
    ),
    "single-window": ("balkaun úniku", "Portál ida ne'ebé publika no trata konkursu públiku hotu."),
    "emergency-procurement": (
        "aprovizionamentu emerjénsia",
        "Prosedimentu lalais liu ne'ebé permite iha emerjénsia ne'ebé deklara ona.",
    ),
}
