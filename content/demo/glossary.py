"""Topics and the glossary: one row per language, linked by concept key.

The definitions were written for the demo (is_sample=True), not quoted from a source.
"""

from django.db import transaction

from content.data.models import GlossaryTerm, Topic

# slug, English, Korean, Vietnamese
TOPICS = [
    ("e-procurement", "E-procurement", "전자조달", "Mua sắm điện tử"),
    ("legal-framework", "Legal framework", "법적 체계", "Khung pháp lý"),
    ("integrity", "Integrity and transparency", "청렴성과 투명성", "Liêm chính và minh bạch"),
    ("sme", "SMEs and market access", "중소기업 및 시장 접근", "Doanh nghiệp nhỏ và vừa"),
    ("sustainable", "Sustainable procurement", "지속가능한 조달", "Mua sắm bền vững"),
    ("capacity-building", "Capacity building", "역량 강화", "Nâng cao năng lực"),
    ("framework-agreements", "Framework agreements", "다수공급자계약", "Thỏa thuận khung"),
    ("complaints", "Complaints and review", "이의신청 및 심사", "Khiếu nại và xem xét"),
    ("open-data", "Open data", "공개 데이터", "Dữ liệu mở"),
    ("quality-safety", "Quality and safety", "품질 및 안전", "Chất lượng và an toàn"),
    ("oda", "Development cooperation", "개발협력", "Hợp tác phát triển"),
]

# concept, topic, abbreviation, (en term, en definition), (ko term, ko def), (vi term, vi def)
TERMS = [
    (
        "e-procurement",
        "e-procurement",
        "",
        (
            "e-procurement",
            "Carrying out public procurement through electronic systems, from notice to payment.",
        ),
        ("전자조달", "공고부터 대금 지급까지 공공조달을 전자 시스템으로 수행하는 것."),
        (
            "mua sắm điện tử",
            "Thực hiện mua sắm công qua hệ thống điện tử, từ thông báo đến thanh toán.",
        ),
    ),
    (
        "e-tendering",
        "e-procurement",
        "",
        ("e-tendering", "Publishing tenders and receiving and opening bids electronically."),
        ("전자입찰", "입찰 공고, 투찰, 개찰을 전자적으로 처리하는 것."),
        ("đấu thầu điện tử", "Đăng thông báo mời thầu, nhận và mở hồ sơ dự thầu bằng điện tử."),
    ),
    (
        "e-contracting",
        "e-procurement",
        "",
        ("e-contracting", "Signing and managing public contracts electronically."),
        ("전자계약", "공공계약을 전자적으로 체결하고 관리하는 것."),
        ("hợp đồng điện tử", "Ký kết và quản lý hợp đồng công bằng điện tử."),
    ),
    (
        "e-payment",
        "e-procurement",
        "",
        ("e-payment", "Paying suppliers through the e-procurement system."),
        ("전자대금지급", "전자조달시스템을 통해 공급자에게 대금을 지급하는 것."),
        ("thanh toán điện tử", "Thanh toán cho nhà cung cấp qua hệ thống mua sắm điện tử."),
    ),
    (
        "e-catalogue",
        "e-procurement",
        "",
        (
            "e-catalogue",
            "An online catalogue of products under framework contracts that public bodies order from.",
        ),
        ("전자카탈로그", "공공기관이 주문할 수 있는 계약 상품의 온라인 목록."),
        (
            "danh mục điện tử",
            "Danh mục trực tuyến các sản phẩm theo hợp đồng khung để cơ quan công đặt mua.",
        ),
    ),
    (
        "online-shopping-mall",
        "e-procurement",
        "",
        (
            "online shopping mall",
            "A government marketplace where public bodies buy contracted goods directly.",
        ),
        ("나라장터 종합쇼핑몰", "공공기관이 계약 물품을 바로 구매하는 정부 온라인 장터."),
        (
            "siêu thị trực tuyến",
            "Chợ điện tử của chính phủ nơi cơ quan công mua trực tiếp hàng hóa đã ký hợp đồng.",
        ),
    ),
    (
        "supplier-registration",
        "e-procurement",
        "",
        (
            "supplier registration",
            "Registering a firm once so that it can take part in public tenders.",
        ),
        ("조달업체 등록", "공공입찰에 참여하기 위해 업체를 한 번 등록하는 것."),
        ("đăng ký nhà cung cấp", "Đăng ký doanh nghiệp một lần để tham gia đấu thầu công."),
    ),
    (
        "open-contracting",
        "open-data",
        "OCDS",
        (
            "open contracting data",
            "Publishing procurement data in a standard, machine-readable form.",
        ),
        ("공공계약 데이터 공개", "조달 데이터를 표준화된 기계판독 형식으로 공개하는 것."),
        ("dữ liệu hợp đồng mở", "Công bố dữ liệu mua sắm theo định dạng chuẩn, máy đọc được."),
    ),
    (
        "digital-signature",
        "e-procurement",
        "",
        ("digital signature", "An electronic signature that proves who signed a bid or contract."),
        ("전자서명", "입찰서나 계약서의 서명자를 증명하는 전자적 서명."),
        ("chữ ký số", "Chữ ký điện tử chứng minh người ký hồ sơ dự thầu hoặc hợp đồng."),
    ),
    (
        "reverse-auction",
        "e-procurement",
        "",
        ("electronic reverse auction", "Bidders lower their prices online in real time."),
        ("역경매", "입찰자가 실시간으로 가격을 낮추는 온라인 경매."),
        ("đấu giá ngược điện tử", "Nhà thầu giảm giá trực tuyến theo thời gian thực."),
    ),
    (
        "public-procurement",
        "legal-framework",
        "",
        ("public procurement", "The purchase of goods, works and services by public bodies."),
        ("공공조달", "공공기관이 물품, 공사, 용역을 구매하는 것."),
        ("mua sắm công", "Việc cơ quan nhà nước mua hàng hóa, công trình và dịch vụ."),
    ),
    (
        "open-tender",
        "legal-framework",
        "",
        ("open tender", "A procedure in which any interested supplier may bid."),
        ("일반경쟁입찰", "관심 있는 모든 공급자가 입찰할 수 있는 절차."),
        ("đấu thầu rộng rãi", "Thủ tục cho phép mọi nhà cung cấp quan tâm tham gia dự thầu."),
    ),
    (
        "restricted-tender",
        "legal-framework",
        "",
        ("restricted tender", "Only invited or pre-qualified suppliers may bid."),
        ("제한경쟁입찰", "초청되거나 사전심사를 통과한 공급자만 입찰하는 절차."),
        ("đấu thầu hạn chế", "Chỉ nhà cung cấp được mời hoặc sơ tuyển mới được dự thầu."),
    ),
    (
        "direct-contracting",
        "legal-framework",
        "",
        (
            "direct contracting",
            "Awarding a contract to one supplier without competition, in defined cases.",
        ),
        ("수의계약", "정해진 경우에 경쟁 없이 한 공급자와 계약하는 것."),
        (
            "chỉ định thầu",
            "Trao hợp đồng cho một nhà cung cấp không qua cạnh tranh trong trường hợp luật định.",
        ),
    ),
    (
        "framework-agreement",
        "framework-agreements",
        "",
        ("framework agreement", "An agreement fixing terms for orders over a period."),
        ("단가계약", "일정 기간 동안의 주문 조건을 정한 계약."),
        ("thỏa thuận khung", "Thỏa thuận xác định điều kiện cho các đơn hàng trong một thời gian."),
    ),
    (
        "multiple-award-schedule",
        "framework-agreements",
        "MAS",
        (
            "multiple award schedule",
            "A framework with several suppliers of similar products, from which buyers choose.",
        ),
        ("다수공급자계약", "유사 제품의 여러 공급자와 맺어 수요기관이 선택하는 계약."),
        (
            "thỏa thuận khung nhiều nhà cung cấp",
            "Thỏa thuận khung với nhiều nhà cung cấp sản phẩm tương tự để bên mua lựa chọn.",
        ),
    ),
    (
        "central-purchasing-body",
        "legal-framework",
        "CPB",
        ("central purchasing body", "A public body that buys on behalf of other public bodies."),
        ("중앙조달기관", "다른 공공기관을 대신하여 구매하는 공공기관."),
        ("cơ quan mua sắm tập trung", "Cơ quan công mua sắm thay cho các cơ quan công khác."),
    ),
    (
        "procuring-entity",
        "legal-framework",
        "",
        ("procuring entity", "The public body that runs a procurement and signs the contract."),
        ("수요기관", "조달을 요청하고 계약을 체결하는 공공기관."),
        ("bên mời thầu", "Cơ quan công tổ chức mua sắm và ký hợp đồng."),
    ),
    (
        "bidder",
        "legal-framework",
        "",
        ("bidder", "A supplier that submits a bid in a tender."),
        ("입찰자", "입찰에 참가하여 입찰서를 제출한 공급자."),
        ("nhà thầu", "Nhà cung cấp nộp hồ sơ dự thầu."),
    ),
    (
        "bid-security",
        "legal-framework",
        "",
        ("bid security", "A guarantee that a bidder will not withdraw its bid."),
        ("입찰보증금", "입찰자가 입찰을 철회하지 않도록 하는 보증."),
        ("bảo đảm dự thầu", "Bảo lãnh rằng nhà thầu không rút hồ sơ dự thầu."),
    ),
    (
        "performance-security",
        "legal-framework",
        "",
        ("performance security", "A guarantee that the supplier will perform the contract."),
        ("계약보증금", "공급자가 계약을 이행하도록 하는 보증."),
        ("bảo đảm thực hiện hợp đồng", "Bảo lãnh rằng nhà cung cấp sẽ thực hiện hợp đồng."),
    ),
    (
        "threshold",
        "legal-framework",
        "",
        ("threshold", "The contract value above which a given procedure or publication applies."),
        ("기준금액", "특정 절차나 공고가 적용되는 계약 금액의 기준."),
        ("ngưỡng", "Giá trị hợp đồng mà từ đó một thủ tục hoặc việc công bố được áp dụng."),
    ),
    (
        "pre-qualification",
        "legal-framework",
        "",
        ("pre-qualification", "Checking suppliers' capacity before they may bid."),
        ("입찰참가자격사전심사", "입찰 전에 공급자의 능력을 심사하는 것."),
        ("sơ tuyển", "Kiểm tra năng lực nhà cung cấp trước khi cho dự thầu."),
    ),
    (
        "evaluation-criteria",
        "legal-framework",
        "",
        ("evaluation criteria", "The rules by which bids are compared and the winner chosen."),
        ("평가기준", "입찰서를 비교하고 낙찰자를 정하는 기준."),
        ("tiêu chí đánh giá", "Quy tắc so sánh hồ sơ dự thầu và chọn nhà thầu trúng thầu."),
    ),
    (
        "meat",
        "legal-framework",
        "MEAT",
        (
            "most economically advantageous tender",
            "Award to the bid with the best balance of price and quality.",
        ),
        ("최고가치낙찰", "가격과 품질의 균형이 가장 좋은 입찰에 낙찰하는 방식."),
        (
            "hồ sơ có lợi nhất về kinh tế",
            "Trao thầu cho hồ sơ cân bằng tốt nhất giữa giá và chất lượng.",
        ),
    ),
    (
        "lowest-price",
        "legal-framework",
        "",
        ("lowest price award", "Award to the compliant bid with the lowest price."),
        ("최저가낙찰", "적격 입찰 중 최저 가격에 낙찰하는 방식."),
        ("trao thầu giá thấp nhất", "Trao thầu cho hồ sơ hợp lệ có giá thấp nhất."),
    ),
    (
        "abnormally-low-bid",
        "legal-framework",
        "",
        (
            "abnormally low bid",
            "A bid so cheap that the buyer must ask whether it can be delivered.",
        ),
        ("비정상 저가입찰", "이행 가능성을 확인해야 할 만큼 낮은 가격의 입찰."),
        (
            "giá dự thầu thấp bất thường",
            "Giá dự thầu thấp đến mức bên mời thầu phải kiểm tra khả năng thực hiện.",
        ),
    ),
    (
        "tender-notice",
        "legal-framework",
        "",
        ("tender notice", "The public announcement that invites bids."),
        ("입찰공고", "입찰 참가를 요청하는 공개 공고."),
        ("thông báo mời thầu", "Thông báo công khai mời nộp hồ sơ dự thầu."),
    ),
    (
        "bidding-documents",
        "legal-framework",
        "",
        (
            "bidding documents",
            "The documents that tell bidders what is needed and how bids are judged.",
        ),
        ("입찰서류", "요구 사항과 평가 방법을 알려주는 문서."),
        ("hồ sơ mời thầu", "Tài liệu nêu yêu cầu và cách đánh giá hồ sơ dự thầu."),
    ),
    (
        "contract-award",
        "legal-framework",
        "",
        ("contract award", "The decision to give the contract to the winning bidder."),
        ("낙찰", "낙찰자에게 계약을 주기로 하는 결정."),
        ("trao hợp đồng", "Quyết định giao hợp đồng cho nhà thầu trúng thầu."),
    ),
    (
        "standstill-period",
        "complaints",
        "",
        (
            "standstill period",
            "A pause between award decision and signature so losing bidders can complain.",
        ),
        ("계약체결 유예기간", "낙찰 결정과 계약 체결 사이에 이의 제기를 위해 두는 기간."),
        (
            "thời gian chờ",
            "Khoảng thời gian giữa quyết định trao thầu và ký hợp đồng để nhà thầu khiếu nại.",
        ),
    ),
    (
        "bid-protest",
        "complaints",
        "",
        ("bid protest", "A bidder's formal challenge to a procurement decision."),
        ("입찰 이의신청", "조달 결정에 대한 입찰자의 공식적인 이의 제기."),
        ("kiến nghị trong đấu thầu", "Khiếu nại chính thức của nhà thầu về quyết định mua sắm."),
    ),
    (
        "review-body",
        "complaints",
        "",
        ("independent review body", "A body, independent of the buyer, that decides complaints."),
        ("독립 심사기구", "수요기관과 독립하여 이의신청을 결정하는 기구."),
        (
            "cơ quan giải quyết kiến nghị độc lập",
            "Cơ quan độc lập với bên mua giải quyết khiếu nại.",
        ),
    ),
    (
        "debarment",
        "integrity",
        "",
        ("debarment", "Excluding a supplier from public contracts for misconduct."),
        ("부정당업자 제재", "비위가 있는 공급자의 공공계약 참여를 제한하는 것."),
        ("cấm tham gia đấu thầu", "Loại nhà cung cấp vi phạm khỏi hợp đồng công."),
    ),
    (
        "conflict-of-interest",
        "integrity",
        "",
        (
            "conflict of interest",
            "A private interest that could sway an official's procurement decision.",
        ),
        ("이해충돌", "공무원의 조달 결정에 영향을 줄 수 있는 사적 이해관계."),
        ("xung đột lợi ích", "Lợi ích riêng có thể ảnh hưởng đến quyết định mua sắm của cán bộ."),
    ),
    (
        "bid-rigging",
        "integrity",
        "",
        ("bid rigging", "Bidders colluding to fix who wins or at what price."),
        ("입찰담합", "입찰자들이 낙찰자나 가격을 미리 정하는 담합."),
        ("thông thầu", "Các nhà thầu cấu kết để định trước người thắng hoặc giá."),
    ),
    (
        "integrity-pact",
        "integrity",
        "",
        ("integrity pact", "A signed commitment by buyer and bidders not to bribe or collude."),
        ("청렴계약", "발주자와 입찰자가 뇌물과 담합을 하지 않기로 한 서약."),
        ("cam kết liêm chính", "Cam kết của bên mua và nhà thầu không hối lộ hay thông đồng."),
    ),
    (
        "audit-trail",
        "integrity",
        "",
        ("audit trail", "A record of every action in a procurement, kept for control and audit."),
        ("감사추적", "통제와 감사를 위해 모든 조달 행위를 기록한 것."),
        (
            "dấu vết kiểm toán",
            "Bản ghi mọi thao tác trong quá trình mua sắm để kiểm soát và kiểm toán.",
        ),
    ),
    (
        "transparency",
        "integrity",
        "",
        ("transparency", "Making procurement rules, decisions and data open to the public."),
        ("투명성", "조달 규칙, 결정, 데이터를 공개하는 것."),
        ("minh bạch", "Công khai quy tắc, quyết định và dữ liệu mua sắm."),
    ),
    (
        "red-flag",
        "integrity",
        "",
        ("red flag", "A pattern in procurement data that may point to fraud or collusion."),
        ("위험 신호", "부정이나 담합 가능성을 보여주는 조달 데이터의 패턴."),
        ("dấu hiệu cảnh báo", "Mẫu dữ liệu mua sắm có thể chỉ ra gian lận hoặc thông đồng."),
    ),
    (
        "supreme-audit-institution",
        "integrity",
        "SAI",
        ("supreme audit institution", "The national body that audits public spending."),
        ("최고감사기구", "공공 지출을 감사하는 국가 기관."),
        ("cơ quan kiểm toán tối cao", "Cơ quan quốc gia kiểm toán chi tiêu công."),
    ),
    (
        "value-for-money",
        "legal-framework",
        "VfM",
        (
            "value for money",
            "Getting the best result for the money over the whole life of a purchase.",
        ),
        ("가성비(재정 효율성)", "구매의 전 생애에 걸쳐 지출 대비 최선의 결과를 얻는 것."),
        ("hiệu quả chi phí", "Đạt kết quả tốt nhất so với chi phí trong suốt vòng đời mua sắm."),
    ),
    (
        "life-cycle-costing",
        "sustainable",
        "LCC",
        (
            "life-cycle costing",
            "Comparing bids on the total cost of owning an item, not only its price.",
        ),
        ("생애주기비용", "가격뿐 아니라 보유 기간 전체 비용으로 입찰을 비교하는 것."),
        ("chi phí vòng đời", "So sánh hồ sơ theo tổng chi phí sở hữu, không chỉ giá mua."),
    ),
    (
        "green-procurement",
        "sustainable",
        "GPP",
        (
            "green public procurement",
            "Buying goods and services with a lower environmental impact.",
        ),
        ("녹색조달", "환경 영향이 적은 물품과 용역을 구매하는 것."),
        ("mua sắm công xanh", "Mua hàng hóa và dịch vụ có tác động môi trường thấp hơn."),
    ),
    (
        "social-procurement",
        "sustainable",
        "",
        (
            "socially responsible procurement",
            "Using procurement to support social goals such as fair work.",
        ),
        ("사회적 책임 조달", "공정한 노동 등 사회적 목표를 지원하는 조달."),
        (
            "mua sắm có trách nhiệm xã hội",
            "Dùng mua sắm để hỗ trợ mục tiêu xã hội như việc làm công bằng.",
        ),
    ),
    (
        "sme-participation",
        "sme",
        "SME",
        ("SME participation", "Small and medium-sized enterprises taking part in public tenders."),
        ("중소기업 참여", "중소기업이 공공입찰에 참여하는 것."),
        ("sự tham gia của DNNVV", "Doanh nghiệp nhỏ và vừa tham gia đấu thầu công."),
    ),
    (
        "lots",
        "sme",
        "",
        ("division into lots", "Splitting a large contract into parts so smaller firms can bid."),
        ("분할발주", "소규모 기업이 입찰할 수 있도록 대형 계약을 나누는 것."),
        ("chia gói thầu", "Chia hợp đồng lớn thành phần nhỏ để doanh nghiệp nhỏ dự thầu."),
    ),
    (
        "innovation-procurement",
        "sme",
        "",
        ("innovation procurement", "Buying new solutions, or the research to develop them."),
        ("혁신조달", "새로운 해법이나 그 개발을 위한 연구를 구매하는 것."),
        ("mua sắm đổi mới sáng tạo", "Mua giải pháp mới hoặc nghiên cứu để phát triển chúng."),
    ),
    (
        "market-analysis",
        "sme",
        "",
        ("market analysis", "Studying suppliers and prices before a procurement."),
        ("시장조사", "조달 전에 공급자와 가격을 조사하는 것."),
        ("khảo sát thị trường", "Nghiên cứu nhà cung cấp và giá trước khi mua sắm."),
    ),
    (
        "procurement-plan",
        "legal-framework",
        "",
        ("procurement plan", "A list of planned purchases for the year, linked to the budget."),
        ("발주계획", "예산과 연계한 연간 구매 계획."),
        ("kế hoạch lựa chọn nhà thầu", "Danh sách mua sắm dự kiến trong năm, gắn với ngân sách."),
    ),
    (
        "contract-management",
        "legal-framework",
        "",
        ("contract management", "Overseeing delivery, changes and payment after signature."),
        ("계약관리", "계약 체결 후 이행, 변경, 지급을 관리하는 것."),
        ("quản lý hợp đồng", "Giám sát việc thực hiện, thay đổi và thanh toán sau khi ký."),
    ),
    (
        "inspection",
        "quality-safety",
        "",
        (
            "inspection and acceptance",
            "Checking that what was delivered meets the contract before accepting it.",
        ),
        ("검사 및 검수", "납품물이 계약에 맞는지 확인하고 인수하는 것."),
        ("kiểm tra và nghiệm thu", "Kiểm tra hàng giao đúng hợp đồng trước khi chấp nhận."),
    ),
    (
        "quality-management",
        "quality-safety",
        "",
        ("quality management", "Systems that make sure goods and works meet required standards."),
        ("품질관리", "물품과 공사가 요구 기준을 충족하도록 하는 체계."),
        ("quản lý chất lượng", "Hệ thống bảo đảm hàng hóa và công trình đạt tiêu chuẩn."),
    ),
    (
        "safety-management",
        "quality-safety",
        "",
        (
            "safety management in public works",
            "Rules and checks that keep construction sites and products safe.",
        ),
        ("공공공사 안전관리", "공사 현장과 제품의 안전을 지키는 규칙과 점검."),
        (
            "quản lý an toàn công trình công",
            "Quy định và kiểm tra giữ an toàn cho công trường và sản phẩm.",
        ),
    ),
    (
        "fair-competition",
        "integrity",
        "",
        ("fair competition", "Equal treatment of bidders and open access to tenders."),
        ("공정경쟁", "입찰자를 평등하게 대우하고 입찰 접근을 개방하는 것."),
        ("cạnh tranh công bằng", "Đối xử bình đẳng với nhà thầu và mở rộng tiếp cận đấu thầu."),
    ),
    (
        "gpa",
        "legal-framework",
        "GPA",
        (
            "Government Procurement Agreement",
            "The WTO agreement opening parties' public procurement to each other.",
        ),
        ("정부조달협정", "회원국 간 공공조달 시장을 서로 개방하는 WTO 협정."),
        (
            "Hiệp định Mua sắm Chính phủ",
            "Hiệp định WTO mở cửa thị trường mua sắm công giữa các bên.",
        ),
    ),
    (
        "maps",
        "capacity-building",
        "MAPS",
        (
            "Methodology for Assessing Procurement Systems",
            "An international tool for assessing national procurement systems.",
        ),
        ("조달시스템 평가방법론", "국가 조달시스템을 평가하는 국제 도구."),
        (
            "Phương pháp đánh giá hệ thống mua sắm",
            "Công cụ quốc tế đánh giá hệ thống mua sắm quốc gia.",
        ),
    ),
    (
        "capacity-building",
        "capacity-building",
        "",
        ("capacity building", "Training and support that help institutions do procurement well."),
        ("역량강화", "기관이 조달을 잘하도록 돕는 교육과 지원."),
        ("nâng cao năng lực", "Đào tạo và hỗ trợ giúp cơ quan thực hiện mua sắm tốt."),
    ),
    (
        "professionalisation",
        "capacity-building",
        "",
        (
            "professionalisation",
            "Treating procurement as a profession with skills and certification.",
        ),
        ("조달 전문화", "조달을 역량과 자격을 갖춘 전문직으로 다루는 것."),
        ("chuyên nghiệp hóa", "Coi mua sắm là nghề có kỹ năng và chứng chỉ."),
    ),
    (
        "oda",
        "oda",
        "ODA",
        (
            "official development assistance",
            "Government aid that promotes the development of partner countries.",
        ),
        ("공적개발원조", "협력국의 발전을 촉진하는 정부 원조."),
        (
            "hỗ trợ phát triển chính thức",
            "Viện trợ của chính phủ thúc đẩy phát triển các nước đối tác.",
        ),
    ),
    (
        "country-system",
        "oda",
        "",
        ("use of country systems", "Donors using the partner's own procurement rules and systems."),
        ("국가시스템 활용", "공여자가 협력국의 조달 규정과 시스템을 사용하는 것."),
        (
            "sử dụng hệ thống quốc gia",
            "Nhà tài trợ dùng quy định và hệ thống mua sắm của nước đối tác.",
        ),
    ),
    (
        "koneps",
        "e-procurement",
        "KONEPS",
        (
            "Korea ON-line E-Procurement System",
            "Korea's national e-procurement system, run by PPS since 2002.",
        ),
        ("국가종합전자조달시스템(나라장터)", "조달청이 2002년부터 운영하는 국가 전자조달시스템."),
        (
            "Hệ thống mua sắm điện tử của Hàn Quốc",
            "Hệ thống mua sắm điện tử quốc gia của Hàn Quốc do PPS vận hành từ 2002.",
        ),
    ),
    (
        "single-window",
        "e-procurement",
        "",
        ("single window", "One portal where all public tenders are published and handled."),
        ("단일창구", "모든 공공입찰을 공고하고 처리하는 하나의 포털."),
        ("cổng một cửa", "Một cổng duy nhất công bố và xử lý mọi gói thầu công."),
    ),
    (
        "emergency-procurement",
        "legal-framework",
        "",
        ("emergency procurement", "Faster procedures allowed in a declared emergency."),
        ("긴급조달", "선포된 긴급 상황에서 허용되는 신속 절차."),
        ("mua sắm khẩn cấp", "Thủ tục nhanh được phép trong tình trạng khẩn cấp."),
    ),
]


@transaction.atomic
def load_topics(en, ko, vi) -> dict:
    from .countries import _translate

    topics = {}
    for slug, name, name_ko, name_vi in TOPICS:
        topic, _ = Topic.objects.update_or_create(slug=slug, locale=en, defaults={"name": name})
        _translate(topic, ko, name=name_ko)
        _translate(topic, vi, name=name_vi)
        topics[slug] = topic
    return topics


@transaction.atomic
def load_glossary(en, ko, vi, topics: dict) -> int:
    from .countries import _translate

    for concept, topic, abbr, (term, definition), ko_pair, vi_pair in TERMS:
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
        for locale, (t, d) in ((ko, ko_pair), (vi, vi_pair)):
            local_topic = topics[topic].get_translation_or_none(locale) if topic in topics else None
            _translate(row, locale, term=t, definition=d, topic=local_topic)
    return GlossaryTerm.objects.count()
