# ruff: noqa: E501 (a table of page texts: long literal strings read better unbroken)
"""The project's relevance set: pages written for it, in every locale, each with
near-duplicate distractors (the same words, fewer of them or in weaker fields),
and queries naming the page that must come first.

Used by tests/search/test_relevance.py on every backend and by
bench/bench_relevance.py, which records mean reciprocal rank and top-1 rate.
Pages are dated so that the expected page is often the older one: recency only
breaks ties, it must not decide.
"""

from datetime import date

# locale -> (pages: key -> (title, summary, body), queries: (query, expected key))
SET: dict[str, tuple[dict[str, tuple[str, str, str]], list[tuple[str, str]]]] = {
    "en": (
        {
            "catalogue": ("Catalogue contracts for common goods",
                          "Catalogue contracts let agencies order standard goods at agreed prices.",
                          "Suppliers list their goods in the catalogue; agencies order under catalogue contracts."),
            "framework": ("Framework agreements explained",
                          "How framework agreements and call-off contracts work.",
                          "A framework agreement may feed a catalogue; contracts are called off later."),
            "debarred": ("Debarred suppliers",
                         "Suppliers debarred for fraud or collusion, and for how long.",
                         "A debarred supplier may not bid; debarment lasts up to two years."),
            "registration": ("Supplier registration guide",
                             "Registering as a supplier on the national portal.",
                             "Registration is refused to suppliers who are debarred or in arrears."),
            "quality": ("Quality and safety management of public works",
                        "Quality and safety inspections on construction sites.",
                        "Safety plans, quality audits and site inspections for public works."),
            "inspection": ("Inspection of delivered goods",
                           "Acceptance inspection before payment.",
                           "Delivered goods are inspected for quality before the invoice is paid."),
            "koneps": ("KONEPS e-procurement system",
                       "The e-procurement system of Korea since 2002.",
                       "KONEPS handles tenders, contracts and payments online."),
            "ebidding": ("Electronic bidding on KONEPS",
                         "Submitting bids electronically.",
                         "Electronic bidding replaces paper bids; KONEPS encrypts each bid."),
            "security": ("Bid security and performance guarantees",
                         "Bid security, performance guarantees and their amounts.",
                         "Bidders lodge a bid security; winners lodge a performance guarantee."),
            "protest": ("Bid protests and complaints",
                        "How bidders protest an award.",
                        "A bid protest is filed within ten days of the award notice."),
        },
        [("catalogue contracts", "catalogue"), ("debarred", "debarred"),
         ("framework agreement", "framework"), ("supplier registration", "registration"),
         ("quality safety", "quality"), ("inspection of goods", "inspection"),
         ("koneps e-procurement", "koneps"), ("electronic bidding", "ebidding"),
         ("performance guarantee", "security"), ("bid protest", "protest")],
    ),
    "ko": (
        {
            "pps": ("조달청은 공공조달을 총괄한다", "조달청의 역할과 조직",
                    "조달청은 나라장터를 운영하고 공공기관의 물품과 공사를 계약한다."),
            "koneps": ("나라장터 전자조달 시스템", "나라장터 이용 안내",
                       "나라장터에서 입찰과 계약, 대금 지급을 온라인으로 처리한다. 조달청이 운영한다."),
            "bid": ("전자입찰 참가 방법", "입찰 참가 자격과 절차",
                    "입찰자는 나라장터에 등록한 뒤 전자입찰에 참가한다."),
            "contract": ("다수공급자계약 제도", "다수공급자계약과 종합쇼핑몰",
                         "다수공급자계약으로 여러 공급자의 물품을 종합쇼핑몰에 등록한다."),
            "quality": ("품질관리와 안전관리", "조달물자의 품질 점검",
                        "조달청은 조달물자의 품질과 공사 현장의 안전을 점검한다."),
            "sanction": ("부정당업자 입찰참가자격 제한", "담합과 부정행위에 대한 제재",
                         "담합한 업체는 입찰 참가 자격이 제한된다."),
            "payment": ("대금 지급 절차", "계약 대금의 신속한 지급",
                        "검사가 끝나면 대금을 전자적으로 지급한다."),
        },
        [("조달청", "pps"), ("조달청은", "pps"), ("나라장터", "koneps"), ("전자입찰", "bid"),
         ("다수공급자계약", "contract"), ("품질관리", "quality"), ("안전관리", "quality"),
         ("부정당업자", "sanction"), ("담합 제재", "sanction"), ("대금 지급", "payment")],
    ),
    "vi": (
        {
            "public": ("Mua sắm công tại Việt Nam", "Khung pháp lý về mua sắm công.",
                       "Luật Đấu thầu quy định mua sắm công của các cơ quan nhà nước."),
            "eproc": ("Đấu thầu qua mạng trên VNEPS", "Hệ thống mạng đấu thầu quốc gia.",
                      "Nhà thầu nộp hồ sơ dự thầu qua mạng trên hệ thống VNEPS."),
            "framework": ("Thỏa thuận khung", "Mua sắm tập trung bằng thỏa thuận khung.",
                          "Thỏa thuận khung cho phép đặt hàng nhiều lần theo giá đã thỏa thuận."),
            "security": ("Bảo đảm dự thầu", "Giá trị và thời hạn bảo đảm dự thầu.",
                         "Nhà thầu nộp bảo đảm dự thầu cùng hồ sơ dự thầu."),
            "banned": ("Nhà thầu bị cấm tham gia đấu thầu", "Danh sách nhà thầu vi phạm.",
                       "Nhà thầu gian lận bị cấm tham gia hoạt động đấu thầu từ một đến năm năm."),
            "quality": ("Kiểm tra chất lượng hàng hóa", "Nghiệm thu hàng hóa trước khi thanh toán.",
                        "Hàng hóa được kiểm tra chất lượng trước khi thanh toán hợp đồng."),
            "contract": ("Quản lý hợp đồng", "Thực hiện và điều chỉnh hợp đồng.",
                         "Chủ đầu tư theo dõi tiến độ và chất lượng thực hiện hợp đồng."),
        },
        [("mua sắm công", "public"), ("mua sam cong", "public"), ("đấu thầu qua mạng", "eproc"),
         ("dau thau qua mang", "eproc"), ("thỏa thuận khung", "framework"),
         ("bảo đảm dự thầu", "security"), ("bi cam", "banned"), ("kiểm tra chất lượng", "quality"),
         ("quản lý hợp đồng", "contract"), ("nghiệm thu", "quality")],
    ),
    "km": (
        {
            "public": ("លទ្ធកម្មសាធារណៈនៅកម្ពុជា", "ច្បាប់ស្តីពីលទ្ធកម្មសាធារណៈ",
                       "ក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុគ្រប់គ្រងលទ្ធកម្មសាធារណៈ"),
            "egp": ("ប្រព័ន្ធលទ្ធកម្មតាមអេឡិចត្រូនិក", "ការដេញថ្លៃតាមប្រព័ន្ធអេឡិចត្រូនិក",
                    "អ្នកផ្គត់ផ្គង់ដាក់ការដេញថ្លៃតាមប្រព័ន្ធអេឡិចត្រូនិក"),
            "contract": ("ការគ្រប់គ្រងកិច្ចសន្យា", "ការអនុវត្តកិច្ចសន្យា",
                         "អង្គភាពលទ្ធកម្មតាមដានការអនុវត្តកិច្ចសន្យា"),
            "supplier": ("ការចុះឈ្មោះអ្នកផ្គត់ផ្គង់", "អ្នកផ្គត់ផ្គង់ត្រូវចុះឈ្មោះ",
                         "អ្នកផ្គត់ផ្គង់ចុះឈ្មោះមុនពេលដេញថ្លៃ"),
            "budget": ("ថវិកាសម្រាប់លទ្ធកម្ម", "ផែនការថវិកាប្រចាំឆ្នាំ",
                       "ផែនការលទ្ធកម្មត្រូវស្របនឹងថវិកា"),
            "quality": ("ការត្រួតពិនិត្យគុណភាព", "គុណភាពទំនិញនិងសំណង់",
                        "គុណភាពទំនិញត្រូវបានត្រួតពិនិត្យមុនការទូទាត់ប្រាក់"),
            "payment": ("ការទូទាត់ប្រាក់ដល់អ្នកផ្គត់ផ្គង់", "ការទូទាត់ប្រាក់តាមកិច្ចសន្យា",
                        "ការទូទាត់ប្រាក់ធ្វើឡើងបន្ទាប់ពីការត្រួតពិនិត្យ"),
        },
        [("លទ្ធកម្មសាធារណៈ", "public"), ("សាធារណៈ", "public"), ("អេឡិចត្រូនិក", "egp"),
         ("ការដេញថ្លៃ", "egp"), ("កិច្ចសន្យា", "contract"), ("ការចុះឈ្មោះ", "supplier"),
         ("ថវិកា", "budget"), ("គុណភាព", "quality"), ("ការទូទាត់ប្រាក់", "payment"),
         ("ទូទាត់", "payment")],
    ),
    "id": (
        {
            "pengadaan": ("Pengadaan barang dan jasa pemerintah", "Aturan pengadaan barang/jasa.",
                          "Pengadaan barang dan jasa diadakan oleh unit kerja pengadaan."),
            "spse": ("Pengadaan secara elektronik melalui SPSE", "Lelang elektronik di LPSE.",
                     "Penyedia mengikuti tender melalui sistem pengadaan secara elektronik."),
            "katalog": ("Katalog elektronik dan e-purchasing", "Pembelian melalui katalog.",
                        "Instansi membeli barang dari katalog elektronik dengan harga tayang."),
            "blacklist": ("Daftar hitam penyedia", "Penyedia yang dikenai sanksi daftar hitam.",
                          "Penyedia yang curang dimasukkan ke daftar hitam selama dua tahun."),
            "jaminan": ("Jaminan penawaran dan jaminan pelaksanaan", "Nilai jaminan.",
                        "Penyedia menyerahkan jaminan penawaran bersama dokumen penawaran."),
            "kontrak": ("Pengelolaan kontrak", "Pelaksanaan dan perubahan kontrak.",
                        "Pejabat penandatangan kontrak mengawasi pelaksanaan kontrak."),
            "anggaran": ("Perencanaan anggaran pengadaan", "Rencana umum pengadaan.",
                         "Anggaran disusun sebelum pengadaan diumumkan."),
        },
        [("pengadaan barang", "pengadaan"), ("diadakan", "pengadaan"),
         ("mengadakan barang", "pengadaan"), ("pengadaan elektronik", "spse"),
         ("katalog elektronik", "katalog"), ("daftar hitam", "blacklist"),
         ("jaminan penawaran", "jaminan"), ("kontrak", "kontrak"), ("anggaran", "anggaran"),
         ("lelang", "spse")],
    ),
    "th": (
        {
            "public": ("การจัดซื้อจัดจ้างภาครัฐ", "กฎหมายการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ",
                       "หน่วยงานของรัฐดำเนินการจัดซื้อจัดจ้างตามพระราชบัญญัติ"),
            "ebidding": ("การประกวดราคาอิเล็กทรอนิกส์", "การเสนอราคาผ่านระบบอิเล็กทรอนิกส์",
                         "ผู้ประกอบการยื่นข้อเสนอผ่านระบบการจัดซื้อจัดจ้างภาครัฐ"),
            "contract": ("การบริหารสัญญา", "การแก้ไขสัญญาและการตรวจรับ",
                         "คณะกรรมการตรวจรับพัสดุตรวจงานตามสัญญา"),
            "security": ("หลักประกันการเสนอราคา", "หลักประกันสัญญาและหลักประกันการเสนอราคา",
                         "ผู้ยื่นข้อเสนอต้องวางหลักประกันการเสนอราคา"),
            "blacklist": ("ผู้ทิ้งงาน", "บัญชีรายชื่อผู้ทิ้งงาน",
                          "ผู้ทิ้งงานไม่มีสิทธิ์เสนอราคากับหน่วยงานของรัฐ"),
            "budget": ("งบประมาณประจำปี", "การวางแผนงบประมาณ",
                       "หน่วยงานจัดทำแผนการจัดซื้อตามงบประมาณ"),
            "quality": ("การตรวจสอบคุณภาพพัสดุ", "คุณภาพและความปลอดภัย",
                        "พัสดุต้องผ่านการตรวจสอบคุณภาพก่อนการเบิกจ่าย"),
        },
        [("จัดซื้อจัดจ้าง", "public"), ("จัดซื้อ", "public"), ("ประกวดราคา", "ebidding"),
         ("อิเล็กทรอนิกส์", "ebidding"), ("สัญญา", "contract"), ("ตรวจรับ", "contract"),
         ("หลักประกัน", "security"), ("ผู้ทิ้งงาน", "blacklist"), ("งบประมาณ", "budget"),
         ("คุณภาพ", "quality")],
    ),
    "mn": (
        {
            "tender": ("Тендер шалгаруулалт", "Тендерийн материалыг хэрхэн бүрдүүлэх вэ",
                       "Оролцогч тендерээ цахим системээр ирүүлнэ."),
            "public": ("Төрийн худалдан авах ажиллагаа", "Худалдан авах ажиллагааны хууль",
                       "Захиалагч худалдан авах ажиллагааг төлөвлөнө."),
            "contract": ("Гэрээний удирдлага", "Гэрээг хэрэгжүүлэх, өөрчлөх",
                         "Захиалагч гэрээний биелэлтийг хянана."),
            "supplier": ("Нийлүүлэгчийн бүртгэл", "Нийлүүлэгчид бүртгүүлэх журам",
                         "Нийлүүлэгч бүртгүүлсний дараа тендерт оролцоно."),
            "ecatalog": ("Цахим дэлгүүр", "Цахим дэлгүүрээс бараа худалдан авах",
                         "Захиалагч цахим дэлгүүрээс стандарт бараа захиална."),
            "budget": ("Төсвийн төлөвлөлт", "Худалдан авах төлөвлөгөө ба төсөв",
                       "Төсөв батлагдсаны дараа төлөвлөгөөг зарлана."),
            "blacklist": ("Хар жагсаалт", "Хар жагсаалтад орсон нийлүүлэгчид",
                          "Луйвар хийсэн нийлүүлэгчийг хар жагсаалтад оруулна."),
        },
        [("тендер", "tender"), ("тендерийн материал", "tender"), ("гэрээ", "contract"),
         ("гэрээний удирдлага", "contract"), ("нийлүүлэгчийн бүртгэл", "supplier"),
         ("цахим дэлгүүр", "ecatalog"), ("төсөв", "budget"), ("хар жагсаалт", "blacklist"),
         ("худалдан авах ажиллагаа", "public"), ("төлөвлөлт", "budget")],
    ),
    "lo": (
        {
            "payment": ("ການຊຳລະເງິນໃຫ້ຜູ້ສະໜອງຜ່ານລະບົບເອເລັກໂຕຣນິກ", "ຂັ້ນຕອນການຊຳລະເງິນ",
                        "ກະຊວງການເງິນຊຳລະເງິນໃຫ້ຜູ້ສະໜອງ"),
            "public": ("ການຈັດຊື້ຈັດຈ້າງສາທາລະນະ", "ກົດໝາຍວ່າດ້ວຍການຈັດຊື້ຈັດຈ້າງ",
                       "ອົງການຈັດຕັ້ງລັດດຳເນີນການຈັດຊື້ຈັດຈ້າງ"),
            "supplier": ("ການລົງທະບຽນຜູ້ສະໜອງ", "ຜູ້ສະໜອງຕ້ອງລົງທະບຽນ",
                         "ຜູ້ສະໜອງລົງທະບຽນກ່ອນການປະມູນ"),
            "bidding": ("ການປະມູນຜ່ານລະບົບເອເລັກໂຕຣນິກ", "ການປະມູນແບບເປີດກວ້າງ",
                        "ຜູ້ເຂົ້າຮ່ວມການປະມູນຍື່ນຂໍ້ສະເໜີ"),
            "contract": ("ການຄຸ້ມຄອງສັນຍາ", "ການປະຕິບັດສັນຍາ",
                         "ເຈົ້າຂອງໂຄງການຕິດຕາມການປະຕິບັດສັນຍາ"),
            "budget": ("ງົບປະມານປະຈຳປີ", "ແຜນງົບປະມານ", "ແຜນການຈັດຊື້ຕ້ອງສອດຄ່ອງກັບງົບປະມານ"),
            "quality": ("ການກວດກາຄຸນນະພາບ", "ຄຸນນະພາບຂອງສິນຄ້າ",
                        "ສິນຄ້າຕ້ອງຜ່ານການກວດກາຄຸນນະພາບ"),
        },
        [("ຊຳລະເງິນ", "payment"), ("ການຊຳລະເງິນ", "payment"), ("ຜູ້ສະໜອງ", "supplier"),
         ("ຈັດຊື້ຈັດຈ້າງ", "public"), ("ສາທາລະນະ", "public"), ("ການປະມູນ", "bidding"),
         ("ສັນຍາ", "contract"), ("ງົບປະມານ", "budget"), ("ຄຸນນະພາບ", "quality"),
         ("ລົງທະບຽນ", "supplier")],
    ),
}  # fmt: skip

FIRST_ID = 700_000


def documents() -> list[dict]:
    """Every page of the set as a backend document; ids and dates are stable."""
    docs, number = [], 0
    for locale, (pages, _queries) in SET.items():
        for key, (title, summary, body) in pages.items():
            number += 1
            day = date(2020 + number % 5, 1 + number % 12, 1 + number % 27)
            docs.append({
                "page_id": FIRST_ID + number, "locale": locale, "type": "page",
                "url": f"/{locale}/{key}/", "title": title, "summary": summary,
                "body": body, "attachments": "", "countries": [], "topics": [],
                "date": day, "year": day.year, "key": key,
            })  # fmt: skip
    return docs


def queries() -> list[tuple[str, str, str]]:
    """(locale, query, url of the page that must come first)."""
    return [(loc, q, f"/{loc}/{key}/") for loc, (_pages, qs) in SET.items() for q, key in qs]


def evaluate(search) -> dict[str, dict]:
    """Per locale: mrr, top1 (rates) and the first url of each query.

    `search(query, locale)` returns result urls in rank order.
    """
    report: dict[str, dict] = {}
    for locale, query, expected in queries():
        urls = search(query, locale)
        rank = urls.index(expected) + 1 if expected in urls else None
        row = report.setdefault(locale, {"rr": [], "first": {}, "misses": []})
        row["rr"].append(1 / rank if rank else 0.0)
        row["first"][query] = urls[0] if urls else None
        if rank != 1:
            row["misses"].append((query, expected, urls[:3]))
    for row in report.values():
        row["mrr"] = sum(row["rr"]) / len(row["rr"])
        row["top1"] = sum(r == 1.0 for r in row["rr"]) / len(row["rr"])
    return report
