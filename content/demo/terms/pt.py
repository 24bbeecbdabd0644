"""Portuguese (as written in Timor-Leste): the agency's own terms, drafted by the team
(not reviewed)."""

# pillar code: (name, description)
PILLARS = {
    "legal": (
        "Quadro jurídico, regulamentar e de políticas",
        "Pilar I do MAPS: as leis, regulamentos e políticas que regem a contratação pública.",
    ),
    "institutional": (
        "Quadro institucional e capacidade de gestão",
        "Pilar II do MAPS: como o sistema é organizado, gerido e dotado de pessoal.",
    ),
    "operations": (
        "Operações de aprovisionamento e práticas de mercado",
        "Pilar III do MAPS: como a contratação funciona na prática e como o mercado responde.",
    ),
    "integrity": (
        "Responsabilização, integridade e transparência",
        "Pilar IV do MAPS: controlo, auditoria, reclamações, sociedade civil e anticorrupção.",
    ),
    "eprocurement": (
        "Contratação eletrónica",
        "Concursos, contratos e pagamentos eletrónicos, catálogo eletrónico e loja em linha, "
        "registo de fornecedores e dados abertos.",
    ),
}

# indicator code: (name, definition, unit)
INDICATORS = {
    "leg-law": (
        "Lei única de contratação pública em vigor",
        "Uma lei principal abrange a aquisição de bens, obras e serviços por todos os organismos públicos.",
        "",
    ),
    "leg-methods": (
        "Procedimentos de contratação definidos na lei",
        "A lei estabelece os procedimentos aberto, restrito e de ajuste direto e quando cada um pode ser usado.",
        "",
    ),
    "leg-advertising": (
        "Prazo mínimo para apresentação de propostas (concurso público)",
        "O período mais curto que a lei permite entre o anúncio e o prazo das propostas.",
        "dias",
    ),
    "leg-complaints": (
        "Órgão independente de recurso",
        "Os concorrentes podem recorrer a um órgão independente da entidade adjudicante.",
        "",
    ),
    "leg-sustainable": (
        "Política de contratação sustentável",
        "Os critérios ambientais e sociais fazem parte da política de contratação.",
        "",
    ),
    "leg-sme": (
        "Preferência ou reserva para PME",
        "Regras que ajudam as pequenas e médias empresas a participar.",
        "",
    ),
    "leg-gpa": (
        "Parte do Acordo sobre Contratos Públicos da OMC",
        "O país é parte do Acordo sobre Contratos Públicos da OMC.",
        "",
    ),
    "leg-framework": (
        "Acordos-quadro permitidos",
        "A lei permite celebrar acordos-quadro com um ou mais fornecedores.",
        "",
    ),
    "inst-cpb": (
        "Existe uma central de compras",
        "Um organismo nacional compra bens e serviços comuns para outros organismos públicos.",
        "",
    ),
    "inst-regulator": (
        "Função normativa e reguladora",
        "Um organismo é responsável pela política, regulação e acompanhamento da contratação.",
        "",
    ),
    "inst-staff": (
        "Técnicos de aprovisionamento certificados",
        "Pessoal de aprovisionamento com uma certificação reconhecida.",
        "técnicos por 100 entidades",
    ),
    "inst-training": (
        "Horas de formação por técnico de aprovisionamento",
        "Formação anual média recebida pelo pessoal de aprovisionamento.",
        "horas/ano",
    ),
    "inst-stats": (
        "Estatísticas nacionais de contratação publicadas",
        "O Governo publica estatísticas anuais sobre a contratação pública.",
        "",
    ),
    "inst-budget-link": (
        "Planeamento da contratação ligado ao orçamento",
        "Os planos de aprovisionamento decorrem do orçamento aprovado.",
        "",
    ),
    "inst-share-gdp": (
        "Contratação pública em percentagem do PIB",
        "Valor da contratação pública em relação ao produto interno bruto.",
        "%",
    ),
    "inst-description": (
        "Organização das compras centralizadas",
        "Como se organizam as compras centralizadas, numa frase.",
        "",
    ),
    "ops-open-share": (
        "Contratos adjudicados por concurso público",
        "Parte do valor dos contratos adjudicada por concurso público aberto.",
        "%",
    ),
    "ops-single-bid": (
        "Concursos com um único concorrente",
        "Parte dos concursos que receberam apenas uma proposta.",
        "%",
    ),
    "ops-bidders": (
        "Média de concorrentes por concurso",
        "Número médio de propostas recebidas por concurso.",
        "concorrentes",
    ),
    "ops-days-award": (
        "Dias da abertura das propostas à adjudicação",
        "Tempo mediano entre a abertura das propostas e a adjudicação.",
        "dias",
    ),
    "ops-sme-share": (
        "Valor dos contratos ganhos por PME",
        "Parte do valor dos contratos adjudicada a pequenas e médias empresas.",
        "%",
    ),
    "ops-payment-days": (
        "Dias para pagar aos fornecedores",
        "Tempo mediano entre a fatura e o pagamento.",
        "dias",
    ),
    "ops-green-share": (
        "Concursos com critérios ecológicos",
        "Parte dos concursos que incluem critérios ambientais.",
        "%",
    ),
    "ops-foreign": (
        "Fornecedores estrangeiros podem concorrer",
        "Se as empresas estrangeiras podem concorrer nos concursos nacionais.",
        "",
    ),
    "int-audit": (
        "Auditoria externa da contratação",
        "A instituição superior de controlo audita regularmente a contratação.",
        "",
    ),
    "int-debarment": (
        "Lista de exclusão publicada",
        "Os fornecedores impedidos de contratar com o Estado são publicados.",
        "",
    ),
    "int-complaint-days": (
        "Dias para decidir uma reclamação",
        "Tempo mediano que o órgão de recurso leva a decidir uma reclamação.",
        "dias",
    ),
    "int-complaints": (
        "Reclamações por 1000 concursos",
        "Com que frequência os concorrentes usam o sistema de reclamações.",
        "por 1000",
    ),
    "int-civil-society": (
        "Acompanhamento pela sociedade civil",
        "A sociedade civil pode observar e relatar a contratação.",
        "",
    ),
    "int-conflict": (
        "Declarações de conflito de interesses",
        "Os funcionários envolvidos na contratação declaram conflitos de interesses.",
        "",
    ),
    "int-awards-published": (
        "Adjudicações publicadas",
        "Parte das adjudicações cujos dados são publicados em linha.",
        "%",
    ),
    "int-note": (
        "Medidas de integridade em resumo",
        "As principais medidas de integridade, numa frase.",
        "",
    ),
    "ep-system": (
        "Sistema nacional de contratação eletrónica em funcionamento",
        "Um sistema eletrónico nacional é usado na contratação pública.",
        "",
    ),
    "ep-launch": (
        "Ano de lançamento do sistema de contratação eletrónica",
        "Ano em que o sistema nacional de contratação eletrónica entrou em funcionamento.",
        "",
    ),
    "ep-etender": (
        "Concurso eletrónico",
        "As propostas são apresentadas e abertas eletronicamente.",
        "",
    ),
    "ep-econtract": (
        "Contrato eletrónico",
        "Os contratos são assinados e geridos eletronicamente.",
        "",
    ),
    "ep-epayment": ("Pagamento eletrónico", "Os fornecedores são pagos através do sistema.", ""),
    "ep-ecatalogue": (
        "Catálogo eletrónico / loja em linha",
        "Os organismos públicos encomendam a partir de um catálogo em linha de produtos de acordos-quadro.",
        "",
    ),
    "ep-supplier-reg": (
        "Registo de fornecedores em linha",
        "Os fornecedores registam-se uma vez, em linha, para todos os concursos públicos.",
        "",
    ),
    "ep-open-data": (
        "Dados abertos de contratação publicados",
        "Os dados da contratação são publicados em formato legível por máquina, por exemplo OCDS.",
        "",
    ),
    "ep-share": (
        "Valor da contratação através do sistema eletrónico",
        "Parte do valor da contratação pública processada pelo sistema de contratação eletrónica.",
        "%",
    ),
    "ep-users": (
        "Fornecedores registados",
        "Fornecedores registados no sistema nacional.",
        "milhares",
    ),
    "ep-mobile": (
        "Acesso móvel ao sistema eletrónico",
        "Os fornecedores podem acompanhar os concursos numa aplicação móvel.",
        "",
    ),
}

# value type: how values of that type are found
METHODOLOGY = {
    "boolean": "Sim quando o texto legal ou o sítio oficial mostra a funcionalidade em funcionamento.",
    "number": "Último valor oficial do ano civil; os valores de exemplo são ilustrativos.",
    "percentage": "Parte do valor total do ano civil, segundo as estatísticas oficiais.",
    "category": "Total quando nacional e obrigatório, Parcial quando limitado, Previsto quando anunciado.",
    "text": "Uma breve descrição tirada de fontes oficiais.",
    "year": "O ano civil em que o sistema entrou em funcionamento nacional, segundo o sítio oficial do operador.",
}

TOPICS = {
    "e-procurement": "Contratação eletrónica",
    "legal-framework": "Quadro jurídico",
    "integrity": "Integridade e transparência",
    "sme": "PME e acesso ao mercado",
    "sustainable": "Contratação sustentável",
    "capacity-building": "Reforço de capacidades",
    "framework-agreements": "Acordos-quadro",
    "complaints": "Reclamações e recursos",
    "open-data": "Dados abertos",
    "quality-safety": "Qualidade e segurança",
    "oda": "Cooperação para o desenvolvimento",
}

# concept: (term, definition)
GLOSSARY = {
    "e-procurement": (
        "contratação eletrónica",
        "Realizar a contratação pública através de sistemas eletrónicos, do anúncio ao pagamento.",
    ),
    "e-tendering": (
        "concurso eletrónico",
        "Publicar concursos e receber e abrir propostas eletronicamente.",
    ),
    "e-contracting": ("contrato eletrónico", "Assinar e gerir contratos públicos eletronicamente."),
    "e-payment": (
        "pagamento eletrónico",
        "Pagar aos fornecedores através do sistema de contratação eletrónica.",
    ),
    "e-catalogue": (
        "catálogo eletrónico",
        "Um catálogo em linha de produtos de contratos-quadro a que os organismos públicos encomendam.",
    ),
    "online-shopping-mall": (
        "loja em linha do Estado",
        "Um mercado do Estado onde os organismos públicos compram diretamente bens já contratados.",
    ),
    "supplier-registration": (
        "registo de fornecedores",
        "Registar uma empresa uma vez para poder participar em concursos públicos.",
    ),
    "open-contracting": (
        "dados abertos de contratação",
        "Publicar os dados da contratação num formato normalizado e legível por máquina.",
    ),
    "digital-signature": (
        "assinatura digital",
        "Uma assinatura eletrónica que prova quem assinou uma proposta ou um contrato.",
    ),
    "reverse-auction": (
        "leilão eletrónico inverso",
        "Os concorrentes baixam os preços em linha, em tempo real.",
    ),
    "public-procurement": (
        "contratação pública",
        "A aquisição de bens, obras e serviços por organismos públicos.",
    ),
    "open-tender": (
        "concurso público",
        "Um procedimento em que qualquer fornecedor interessado pode apresentar proposta.",
    ),
    "restricted-tender": (
        "concurso limitado",
        "Só os fornecedores convidados ou pré-qualificados podem apresentar proposta.",
    ),
    "direct-contracting": (
        "ajuste direto",
        "Adjudicar um contrato a um fornecedor sem concorrência, nos casos previstos.",
    ),
    "framework-agreement": (
        "acordo-quadro",
        "Um acordo que fixa as condições das encomendas durante um período.",
    ),
    "multiple-award-schedule": (
        "acordo-quadro com vários fornecedores",
        "Um acordo-quadro com vários fornecedores de produtos semelhantes, entre os quais os compradores escolhem.",
    ),
    "central-purchasing-body": (
        "central de compras",
        "Um organismo público que compra em nome de outros organismos públicos.",
    ),
    "procuring-entity": (
        "entidade adjudicante",
        "O organismo público que conduz o procedimento e assina o contrato.",
    ),
    "bidder": ("concorrente", "Um fornecedor que apresenta proposta num concurso."),
    "bid-security": (
        "garantia de proposta",
        "Uma garantia de que o concorrente não retira a sua proposta.",
    ),
    "performance-security": (
        "caução de boa execução",
        "Uma garantia de que o fornecedor executará o contrato.",
    ),
    "threshold": (
        "limiar",
        "O valor do contrato acima do qual se aplica um dado procedimento ou publicação.",
    ),
    "pre-qualification": (
        "pré-qualificação",
        "Verificar a capacidade dos fornecedores antes de poderem apresentar proposta.",
    ),
    "evaluation-criteria": (
        "critérios de avaliação",
        "As regras pelas quais as propostas são comparadas e o vencedor escolhido.",
    ),
    "meat": (
        "proposta economicamente mais vantajosa",
        "Adjudicar à proposta com o melhor equilíbrio entre preço e qualidade.",
    ),
    "lowest-price": (
        "adjudicação pelo preço mais baixo",
        "Adjudicar à proposta conforme com o preço mais baixo.",
    ),
    "abnormally-low-bid": (
        "proposta anormalmente baixa",
        "Uma proposta tão barata que o comprador deve perguntar se pode ser cumprida.",
    ),
    "tender-notice": (
        "anúncio de concurso",
        "O anúncio público que convida à apresentação de propostas.",
    ),
    "bidding-documents": (
        "peças do procedimento",
        "Os documentos que dizem aos concorrentes o que é pedido e como as propostas são avaliadas.",
    ),
    "contract-award": ("adjudicação", "A decisão de atribuir o contrato ao concorrente vencedor."),
    "standstill-period": (
        "prazo suspensivo",
        "Uma pausa entre a adjudicação e a assinatura para que os concorrentes preteridos possam reclamar.",
    ),
    "bid-protest": (
        "impugnação",
        "A contestação formal de uma decisão de contratação por um concorrente.",
    ),
    "review-body": (
        "órgão independente de recurso",
        "Um órgão, independente do comprador, que decide as reclamações.",
    ),
    "debarment": ("exclusão", "Afastar um fornecedor dos contratos públicos por má conduta."),
    "conflict-of-interest": (
        "conflito de interesses",
        "Um interesse privado que pode influenciar a decisão de contratação de um funcionário.",
    ),
    "bid-rigging": ("conluio em concursos", "Concorrentes que combinam quem ganha ou a que preço."),
    "integrity-pact": (
        "pacto de integridade",
        "Um compromisso assinado pelo comprador e pelos concorrentes de não subornar nem conluiar.",
    ),
    "audit-trail": (
        "registo de auditoria",
        "Um registo de cada ação num procedimento, guardado para controlo e auditoria.",
    ),
    "transparency": (
        "transparência",
        "Tornar públicas as regras, decisões e dados da contratação.",
    ),
    "red-flag": (
        "sinal de alerta",
        "Um padrão nos dados da contratação que pode indicar fraude ou conluio.",
    ),
    "supreme-audit-institution": (
        "instituição superior de controlo",
        "O organismo nacional que audita a despesa pública.",
    ),
    "value-for-money": (
        "relação custo-benefício",
        "Obter o melhor resultado pelo dinheiro ao longo de toda a vida de uma compra.",
    ),
    "life-cycle-costing": (
        "custo do ciclo de vida",
        "Comparar propostas pelo custo total de possuir um bem, não só pelo preço.",
    ),
    "green-procurement": (
        "contratação pública ecológica",
        "Comprar bens e serviços com menor impacto ambiental.",
    ),
    "social-procurement": (
        "contratação socialmente responsável",
        "Usar a contratação para apoiar objetivos sociais como o trabalho digno.",
    ),
    "sme-participation": (
        "participação das PME",
        "Pequenas e médias empresas que participam em concursos públicos.",
    ),
    "lots": (
        "divisão em lotes",
        "Dividir um contrato grande em partes para que empresas menores possam concorrer.",
    ),
    "innovation-procurement": (
        "contratação de inovação",
        "Comprar soluções novas, ou a investigação para as desenvolver.",
    ),
    "market-analysis": (
        "consulta ao mercado",
        "Estudar fornecedores e preços antes de um procedimento.",
    ),
    "procurement-plan": (
        "plano de aprovisionamento",
        "Uma lista das compras previstas para o ano, ligada ao orçamento.",
    ),
    "contract-management": (
        "gestão de contratos",
        "Acompanhar a entrega, as alterações e o pagamento depois da assinatura.",
    ),
    "inspection": (
        "inspeção e receção",
        "Verificar que o que foi entregue cumpre o contrato antes de o aceitar.",
    ),
    "quality-management": (
        "gestão da qualidade",
        "Sistemas que garantem que bens e obras cumprem as normas exigidas.",
    ),
    "safety-management": (
        "gestão da segurança em obras públicas",
        "Regras e verificações que mantêm seguros os estaleiros e os produtos.",
    ),
    "fair-competition": (
        "concorrência leal",
        "Igualdade de tratamento dos concorrentes e livre acesso aos concursos.",
    ),
    "gpa": (
        "Acordo sobre Contratos Públicos",
        "O acordo da OMC que abre a contratação pública das partes umas às outras.",
    ),
    "maps": (
        "Metodologia de Avaliação de Sistemas de Contratação",
        "Um instrumento internacional para avaliar sistemas nacionais de contratação.",
    ),
    "capacity-building": (
        "reforço de capacidades",
        "Formação e apoio que ajudam as instituições a contratar bem.",
    ),
    "professionalisation": (
        "profissionalização",
        "Tratar a contratação como uma profissão com competências e certificação.",
    ),
    "oda": (
        "ajuda pública ao desenvolvimento",
        "Ajuda dos governos que promove o desenvolvimento dos países parceiros.",
    ),
    "country-system": (
        "utilização dos sistemas nacionais",
        "Doadores que usam as regras e sistemas de contratação do próprio país parceiro.",
    ),
    "koneps": (
        "Sistema Coreano de Contratação Eletrónica (KONEPS)",
        "O sistema nacional de contratação eletrónica da Coreia, gerido pelo PPS desde 2002.",
    ),
    "single-window": (
        "balcão único",
        "Um portal onde todos os concursos públicos são publicados e tratados.",
    ),
    "emergency-procurement": (
        "contratação de emergência",
        "Procedimentos mais rápidos permitidos numa emergência declarada.",
    ),
}
