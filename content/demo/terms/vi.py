"""Vietnamese: the agency's own terms, drafted by the team (not reviewed)."""

# pillar code: (name, description)
PILLARS = {
    "legal": (
        "Khung pháp lý, quy định và chính sách",
        "Trụ cột I của MAPS: luật, quy định và chính sách điều chỉnh mua sắm công.",
    ),
    "institutional": (
        "Khung thể chế và năng lực quản lý",
        "Trụ cột II của MAPS: hệ thống được tổ chức, quản lý và bố trí nhân sự thế nào.",
    ),
    "operations": (
        "Hoạt động mua sắm và thực tiễn thị trường",
        "Trụ cột III của MAPS: mua sắm diễn ra thế nào trong thực tế và thị trường phản ứng ra sao.",
    ),
    "integrity": (
        "Trách nhiệm giải trình, liêm chính và minh bạch",
        "Trụ cột IV của MAPS: kiểm soát, kiểm toán, kiến nghị, xã hội dân sự và phòng chống tham nhũng.",
    ),
    "eprocurement": (
        "Mua sắm điện tử",
        "Đấu thầu, hợp đồng và thanh toán điện tử, danh mục điện tử và siêu thị trực tuyến, "
        "đăng ký nhà cung cấp và dữ liệu mở.",
    ),
}

# indicator code: (name, definition, unit)
INDICATORS = {
    "leg-law": (
        "Có luật mua sắm công thống nhất",
        "Một luật chính điều chỉnh việc mua sắm hàng hóa, xây lắp và dịch vụ của mọi cơ quan công.",
        "",
    ),
    "leg-methods": (
        "Phương thức mua sắm được quy định trong luật",
        "Luật quy định các phương thức rộng rãi, hạn chế và chỉ định thầu cùng điều kiện áp dụng.",
        "",
    ),
    "leg-advertising": (
        "Số ngày tối thiểu nộp hồ sơ (đấu thầu rộng rãi)",
        "Thời gian ngắn nhất luật cho phép giữa thông báo và hạn nộp hồ sơ dự thầu.",
        "ngày",
    ),
    "leg-complaints": (
        "Cơ quan giải quyết kiến nghị độc lập",
        "Nhà thầu có thể kiến nghị lên một cơ quan độc lập với bên mời thầu.",
        "",
    ),
    "leg-sustainable": (
        "Chính sách mua sắm bền vững",
        "Tiêu chí môi trường và xã hội là một phần của chính sách mua sắm.",
        "",
    ),
    "leg-sme": (
        "Ưu đãi hoặc dành riêng cho DNNVV",
        "Quy định giúp doanh nghiệp nhỏ và vừa tham gia.",
        "",
    ),
    "leg-gpa": (
        "Thành viên Hiệp định GPA của WTO",
        "Quốc gia là thành viên Hiệp định Mua sắm Chính phủ của WTO.",
        "",
    ),
    "leg-framework": (
        "Cho phép thỏa thuận khung",
        "Luật cho phép ký thỏa thuận khung với một hoặc nhiều nhà cung cấp.",
        "",
    ),
    "inst-cpb": (
        "Có cơ quan mua sắm tập trung",
        "Một cơ quan quốc gia mua hàng hóa và dịch vụ thông dụng cho các cơ quan công khác.",
        "",
    ),
    "inst-regulator": (
        "Chức năng xây dựng chính sách và quản lý",
        "Một cơ quan chịu trách nhiệm về chính sách, quy định và giám sát mua sắm.",
        "",
    ),
    "inst-staff": (
        "Cán bộ mua sắm có chứng chỉ",
        "Cán bộ mua sắm có chứng chỉ được công nhận.",
        "cán bộ trên 100 cơ quan",
    ),
    "inst-training": (
        "Số giờ đào tạo mỗi cán bộ mua sắm",
        "Thời lượng đào tạo bình quân hằng năm của cán bộ mua sắm.",
        "giờ/năm",
    ),
    "inst-stats": (
        "Công bố thống kê mua sắm quốc gia",
        "Chính phủ công bố thống kê hằng năm về mua sắm công.",
        "",
    ),
    "inst-budget-link": (
        "Kế hoạch mua sắm gắn với ngân sách",
        "Kế hoạch mua sắm được lập theo ngân sách đã phê duyệt.",
        "",
    ),
    "inst-share-gdp": (
        "Tỷ trọng mua sắm công trong GDP",
        "Giá trị mua sắm công so với tổng sản phẩm quốc nội.",
        "%",
    ),
    "inst-description": (
        "Cơ chế mua sắm tập trung",
        "Mua sắm tập trung được tổ chức thế nào, trong một câu.",
        "",
    ),
    "ops-open-share": (
        "Hợp đồng trao qua đấu thầu rộng rãi",
        "Tỷ trọng giá trị hợp đồng trao qua đấu thầu cạnh tranh rộng rãi.",
        "%",
    ),
    "ops-single-bid": (
        "Gói thầu chỉ có một nhà thầu",
        "Tỷ lệ gói thầu cạnh tranh chỉ nhận được một hồ sơ dự thầu.",
        "%",
    ),
    "ops-bidders": (
        "Số nhà thầu bình quân mỗi gói thầu",
        "Số hồ sơ dự thầu bình quân nhận được cho mỗi gói thầu cạnh tranh.",
        "nhà thầu",
    ),
    "ops-days-award": (
        "Số ngày từ mở thầu đến trao thầu",
        "Thời gian trung vị từ mở thầu đến trao hợp đồng.",
        "ngày",
    ),
    "ops-sme-share": (
        "Giá trị hợp đồng DNNVV trúng thầu",
        "Tỷ trọng giá trị hợp đồng trao cho doanh nghiệp nhỏ và vừa.",
        "%",
    ),
    "ops-payment-days": (
        "Số ngày thanh toán cho nhà cung cấp",
        "Thời gian trung vị từ khi nhận hóa đơn đến khi thanh toán.",
        "ngày",
    ),
    "ops-green-share": ("Gói thầu có tiêu chí xanh", "Tỷ lệ gói thầu có tiêu chí môi trường.", "%"),
    "ops-foreign": (
        "Nhà cung cấp nước ngoài được dự thầu",
        "Doanh nghiệp nước ngoài có được dự thầu các gói thầu trong nước hay không.",
        "",
    ),
    "int-audit": (
        "Kiểm toán độc lập đối với mua sắm",
        "Cơ quan kiểm toán tối cao kiểm toán hoạt động mua sắm thường xuyên.",
        "",
    ),
    "int-debarment": (
        "Công bố danh sách nhà thầu bị cấm",
        "Nhà cung cấp bị cấm tham gia hợp đồng công được công bố công khai.",
        "",
    ),
    "int-complaint-days": (
        "Số ngày giải quyết kiến nghị",
        "Thời gian trung vị để cơ quan giải quyết kiến nghị ra quyết định.",
        "ngày",
    ),
    "int-complaints": (
        "Số kiến nghị trên 1.000 gói thầu",
        "Mức độ nhà thầu sử dụng cơ chế kiến nghị.",
        "trên 1.000",
    ),
    "int-civil-society": (
        "Giám sát của xã hội dân sự",
        "Xã hội dân sự có thể quan sát và báo cáo về hoạt động mua sắm.",
        "",
    ),
    "int-conflict": (
        "Kê khai xung đột lợi ích",
        "Cán bộ tham gia mua sắm kê khai xung đột lợi ích.",
        "",
    ),
    "int-awards-published": (
        "Công bố kết quả trao hợp đồng",
        "Tỷ lệ kết quả trao hợp đồng có thông tin chi tiết được đăng trực tuyến.",
        "%",
    ),
    "int-note": (
        "Tóm tắt biện pháp liêm chính",
        "Các biện pháp liêm chính chính, trong một câu.",
        "",
    ),
    "ep-system": (
        "Có hệ thống mua sắm điện tử quốc gia",
        "Một hệ thống điện tử quốc gia được dùng cho mua sắm công.",
        "",
    ),
    "ep-launch": (
        "Năm vận hành hệ thống mua sắm điện tử",
        "Năm hệ thống mua sắm điện tử quốc gia đi vào vận hành.",
        "",
    ),
    "ep-etender": ("Đấu thầu điện tử", "Hồ sơ dự thầu được nộp và mở bằng điện tử.", ""),
    "ep-econtract": ("Hợp đồng điện tử", "Hợp đồng được ký và quản lý bằng điện tử.", ""),
    "ep-epayment": ("Thanh toán điện tử", "Nhà cung cấp được thanh toán qua hệ thống.", ""),
    "ep-ecatalogue": (
        "Danh mục điện tử / siêu thị trực tuyến",
        "Cơ quan công đặt hàng từ danh mục trực tuyến các sản phẩm theo thỏa thuận khung.",
        "",
    ),
    "ep-supplier-reg": (
        "Đăng ký nhà cung cấp trực tuyến",
        "Nhà cung cấp đăng ký trực tuyến một lần cho mọi gói thầu công.",
        "",
    ),
    "ep-open-data": (
        "Công bố dữ liệu hợp đồng mở",
        "Dữ liệu mua sắm được công bố ở dạng máy đọc được, ví dụ OCDS.",
        "",
    ),
    "ep-share": (
        "Giá trị mua sắm qua hệ thống điện tử",
        "Tỷ trọng giá trị mua sắm công được xử lý qua hệ thống mua sắm điện tử.",
        "%",
    ),
    "ep-users": (
        "Số nhà cung cấp đã đăng ký",
        "Nhà cung cấp đã đăng ký trên hệ thống quốc gia.",
        "nghìn",
    ),
    "ep-mobile": (
        "Truy cập hệ thống qua di động",
        "Nhà cung cấp có thể theo dõi gói thầu qua ứng dụng di động.",
        "",
    ),
}

# value type: how values of that type are found
METHODOLOGY = {
    "boolean": "Có khi văn bản pháp luật hoặc trang web chính thức cho thấy tính năng đang vận hành.",
    "number": "Số liệu chính thức mới nhất của năm; số liệu mẫu chỉ mang tính minh họa.",
    "percentage": "Tỷ trọng trên tổng giá trị của năm, theo thống kê chính thức.",
    "category": "Đầy đủ khi áp dụng toàn quốc và bắt buộc, Một phần khi còn hạn chế, Dự kiến khi mới công bố.",
    "text": "Mô tả ngắn lấy từ nguồn chính thức.",
    "year": "Năm hệ thống đi vào vận hành toàn quốc, theo trang chính thức của đơn vị vận hành.",
}

TOPICS = {
    "e-procurement": "Mua sắm điện tử",
    "legal-framework": "Khung pháp lý",
    "integrity": "Liêm chính và minh bạch",
    "sme": "Doanh nghiệp nhỏ và vừa",
    "sustainable": "Mua sắm bền vững",
    "capacity-building": "Nâng cao năng lực",
    "framework-agreements": "Thỏa thuận khung",
    "complaints": "Khiếu nại và xem xét",
    "open-data": "Dữ liệu mở",
    "quality-safety": "Chất lượng và an toàn",
    "oda": "Hợp tác phát triển",
}

# concept: (term, definition)
GLOSSARY = {
    "e-procurement": (
        "mua sắm điện tử",
        "Thực hiện mua sắm công qua hệ thống điện tử, từ thông báo đến thanh toán.",
    ),
    "e-tendering": (
        "đấu thầu điện tử",
        "Đăng thông báo mời thầu, nhận và mở hồ sơ dự thầu bằng điện tử.",
    ),
    "e-contracting": ("hợp đồng điện tử", "Ký kết và quản lý hợp đồng công bằng điện tử."),
    "e-payment": (
        "thanh toán điện tử",
        "Thanh toán cho nhà cung cấp qua hệ thống mua sắm điện tử.",
    ),
    "e-catalogue": (
        "danh mục điện tử",
        "Danh mục trực tuyến các sản phẩm theo hợp đồng khung để cơ quan công đặt mua.",
    ),
    "online-shopping-mall": (
        "siêu thị trực tuyến",
        "Chợ điện tử của chính phủ nơi cơ quan công mua trực tiếp hàng hóa đã ký hợp đồng.",
    ),
    "supplier-registration": (
        "đăng ký nhà cung cấp",
        "Đăng ký doanh nghiệp một lần để tham gia đấu thầu công.",
    ),
    "open-contracting": (
        "dữ liệu hợp đồng mở",
        "Công bố dữ liệu mua sắm theo định dạng chuẩn, máy đọc được.",
    ),
    "digital-signature": (
        "chữ ký số",
        "Chữ ký điện tử chứng minh người ký hồ sơ dự thầu hoặc hợp đồng.",
    ),
    "reverse-auction": (
        "đấu giá ngược điện tử",
        "Nhà thầu giảm giá trực tuyến theo thời gian thực.",
    ),
    "public-procurement": (
        "mua sắm công",
        "Việc cơ quan nhà nước mua hàng hóa, công trình và dịch vụ.",
    ),
    "open-tender": (
        "đấu thầu rộng rãi",
        "Thủ tục cho phép mọi nhà cung cấp quan tâm tham gia dự thầu.",
    ),
    "restricted-tender": (
        "đấu thầu hạn chế",
        "Chỉ nhà cung cấp được mời hoặc sơ tuyển mới được dự thầu.",
    ),
    "direct-contracting": (
        "chỉ định thầu",
        "Trao hợp đồng cho một nhà cung cấp không qua cạnh tranh trong trường hợp luật định.",
    ),
    "framework-agreement": (
        "thỏa thuận khung",
        "Thỏa thuận xác định điều kiện cho các đơn hàng trong một thời gian.",
    ),
    "multiple-award-schedule": (
        "thỏa thuận khung nhiều nhà cung cấp",
        "Thỏa thuận khung với nhiều nhà cung cấp sản phẩm tương tự để bên mua lựa chọn.",
    ),
    "central-purchasing-body": (
        "cơ quan mua sắm tập trung",
        "Cơ quan công mua sắm thay cho các cơ quan công khác.",
    ),
    "procuring-entity": ("bên mời thầu", "Cơ quan công tổ chức mua sắm và ký hợp đồng."),
    "bidder": ("nhà thầu", "Nhà cung cấp nộp hồ sơ dự thầu."),
    "bid-security": ("bảo đảm dự thầu", "Bảo lãnh rằng nhà thầu không rút hồ sơ dự thầu."),
    "performance-security": (
        "bảo đảm thực hiện hợp đồng",
        "Bảo lãnh rằng nhà cung cấp sẽ thực hiện hợp đồng.",
    ),
    "threshold": (
        "ngưỡng",
        "Giá trị hợp đồng mà từ đó một thủ tục hoặc việc công bố được áp dụng.",
    ),
    "pre-qualification": ("sơ tuyển", "Kiểm tra năng lực nhà cung cấp trước khi cho dự thầu."),
    "evaluation-criteria": (
        "tiêu chí đánh giá",
        "Quy tắc so sánh hồ sơ dự thầu và chọn nhà thầu trúng thầu.",
    ),
    "meat": (
        "hồ sơ có lợi nhất về kinh tế",
        "Trao thầu cho hồ sơ cân bằng tốt nhất giữa giá và chất lượng.",
    ),
    "lowest-price": ("trao thầu giá thấp nhất", "Trao thầu cho hồ sơ hợp lệ có giá thấp nhất."),
    "abnormally-low-bid": (
        "giá dự thầu thấp bất thường",
        "Giá dự thầu thấp đến mức bên mời thầu phải kiểm tra khả năng thực hiện.",
    ),
    "tender-notice": ("thông báo mời thầu", "Thông báo công khai mời nộp hồ sơ dự thầu."),
    "bidding-documents": ("hồ sơ mời thầu", "Tài liệu nêu yêu cầu và cách đánh giá hồ sơ dự thầu."),
    "contract-award": ("trao hợp đồng", "Quyết định giao hợp đồng cho nhà thầu trúng thầu."),
    "standstill-period": (
        "thời gian chờ",
        "Khoảng thời gian giữa quyết định trao thầu và ký hợp đồng để nhà thầu khiếu nại.",
    ),
    "bid-protest": (
        "kiến nghị trong đấu thầu",
        "Khiếu nại chính thức của nhà thầu về quyết định mua sắm.",
    ),
    "review-body": (
        "cơ quan giải quyết kiến nghị độc lập",
        "Cơ quan độc lập với bên mua giải quyết khiếu nại.",
    ),
    "debarment": ("cấm tham gia đấu thầu", "Loại nhà cung cấp vi phạm khỏi hợp đồng công."),
    "conflict-of-interest": (
        "xung đột lợi ích",
        "Lợi ích riêng có thể ảnh hưởng đến quyết định mua sắm của cán bộ.",
    ),
    "bid-rigging": ("thông thầu", "Các nhà thầu cấu kết để định trước người thắng hoặc giá."),
    "integrity-pact": (
        "cam kết liêm chính",
        "Cam kết của bên mua và nhà thầu không hối lộ hay thông đồng.",
    ),
    "audit-trail": (
        "dấu vết kiểm toán",
        "Bản ghi mọi thao tác trong quá trình mua sắm để kiểm soát và kiểm toán.",
    ),
    "transparency": ("minh bạch", "Công khai quy tắc, quyết định và dữ liệu mua sắm."),
    "red-flag": (
        "dấu hiệu cảnh báo",
        "Mẫu dữ liệu mua sắm có thể chỉ ra gian lận hoặc thông đồng.",
    ),
    "supreme-audit-institution": (
        "cơ quan kiểm toán tối cao",
        "Cơ quan quốc gia kiểm toán chi tiêu công.",
    ),
    "value-for-money": (
        "hiệu quả chi phí",
        "Đạt kết quả tốt nhất so với chi phí trong suốt vòng đời mua sắm.",
    ),
    "life-cycle-costing": (
        "chi phí vòng đời",
        "So sánh hồ sơ theo tổng chi phí sở hữu, không chỉ giá mua.",
    ),
    "green-procurement": (
        "mua sắm công xanh",
        "Mua hàng hóa và dịch vụ có tác động môi trường thấp hơn.",
    ),
    "social-procurement": (
        "mua sắm có trách nhiệm xã hội",
        "Dùng mua sắm để hỗ trợ mục tiêu xã hội như việc làm công bằng.",
    ),
    "sme-participation": (
        "sự tham gia của DNNVV",
        "Doanh nghiệp nhỏ và vừa tham gia đấu thầu công.",
    ),
    "lots": ("chia gói thầu", "Chia hợp đồng lớn thành phần nhỏ để doanh nghiệp nhỏ dự thầu."),
    "innovation-procurement": (
        "mua sắm đổi mới sáng tạo",
        "Mua giải pháp mới hoặc nghiên cứu để phát triển chúng.",
    ),
    "market-analysis": ("khảo sát thị trường", "Nghiên cứu nhà cung cấp và giá trước khi mua sắm."),
    "procurement-plan": (
        "kế hoạch lựa chọn nhà thầu",
        "Danh sách mua sắm dự kiến trong năm, gắn với ngân sách.",
    ),
    "contract-management": (
        "quản lý hợp đồng",
        "Giám sát việc thực hiện, thay đổi và thanh toán sau khi ký.",
    ),
    "inspection": (
        "kiểm tra và nghiệm thu",
        "Kiểm tra hàng giao đúng hợp đồng trước khi chấp nhận.",
    ),
    "quality-management": (
        "quản lý chất lượng",
        "Hệ thống bảo đảm hàng hóa và công trình đạt tiêu chuẩn.",
    ),
    "safety-management": (
        "quản lý an toàn công trình công",
        "Quy định và kiểm tra giữ an toàn cho công trường và sản phẩm.",
    ),
    "fair-competition": (
        "cạnh tranh công bằng",
        "Đối xử bình đẳng với nhà thầu và mở rộng tiếp cận đấu thầu.",
    ),
    "gpa": (
        "Hiệp định Mua sắm Chính phủ",
        "Hiệp định WTO mở cửa thị trường mua sắm công giữa các bên.",
    ),
    "maps": (
        "Phương pháp đánh giá hệ thống mua sắm",
        "Công cụ quốc tế đánh giá hệ thống mua sắm quốc gia.",
    ),
    "capacity-building": (
        "nâng cao năng lực",
        "Đào tạo và hỗ trợ giúp cơ quan thực hiện mua sắm tốt.",
    ),
    "professionalisation": ("chuyên nghiệp hóa", "Coi mua sắm là nghề có kỹ năng và chứng chỉ."),
    "oda": (
        "hỗ trợ phát triển chính thức",
        "Viện trợ của chính phủ thúc đẩy phát triển các nước đối tác.",
    ),
    "country-system": (
        "sử dụng hệ thống quốc gia",
        "Nhà tài trợ dùng quy định và hệ thống mua sắm của nước đối tác.",
    ),
    "koneps": (
        "Hệ thống mua sắm điện tử của Hàn Quốc",
        "Hệ thống mua sắm điện tử quốc gia của Hàn Quốc do PPS vận hành từ 2002.",
    ),
    "single-window": ("cổng một cửa", "Một cổng duy nhất công bố và xử lý mọi gói thầu công."),
    "emergency-procurement": (
        "mua sắm khẩn cấp",
        "Thủ tục nhanh được phép trong tình trạng khẩn cấp.",
    ),
}
