"""Three guides written in every locale: title, summary and paragraphs. Each
language's file is set from this text, so a file offered in a language is in it.

Drafts written by the team, not reviewed by a native reader (pages keep the
default translation status).
"""

PUBLISHER = {
    "en": "Public Procurement Service (PPS), sample guide",
    "ko": "조달청(PPS), 샘플 가이드",
    "vi": "Cục Mua sắm Công Hàn Quốc (PPS), hướng dẫn mẫu",
    "km": "សេវាលទ្ធកម្មសាធារណៈនៃប្រទេសកូរ៉េ (PPS) សៀវភៅណែនាំគំរូ",
    "id": "Badan Pengadaan Publik Korea (PPS), panduan contoh",
    "th": "สำนักงานบริการจัดซื้อจัดจ้างภาครัฐของเกาหลี (PPS) คู่มือตัวอย่าง",
    "mn": "Солонгосын Төрийн худалдан авах ажиллагааны газар (PPS), жишээ гарын авлага",
    "lo": "ອົງການບໍລິການຈັດຊື້ຈັດຈ້າງສາທາລະນະຂອງເກົາຫຼີ (PPS), ຄູ່ມືຕົວຢ່າງ",
    "pt": "Serviço de Contratação Pública da Coreia (PPS), guia de exemplo",
    "tet": "Servisu Aprovizionamentu Públiku Koreia nian (PPS), matadalan ezemplu",
}

# slug -> language -> (title, summary, [paragraphs])
GUIDE_TEXT = {
    "e-procurement-roadmap": {
        "en": (
            "Introducing e-procurement: a step-by-step roadmap",
            "Phases, governance and change management.",
            [
                "Most countries move to e-procurement in phases. The first phase publishes "
                "every tender notice and award on one national portal, so that suppliers and "
                "citizens see the same information at the same time.",
                "The second phase takes bids online: suppliers submit encrypted bids, which are "
                "opened electronically at the stated time, and the opening record is published. "
                "Contracting, ordering and payment follow once agencies and suppliers trust "
                "the system.",
                "Each phase needs a legal basis, a lead agency with a budget, training for buyers "
                "and suppliers, and a help desk. Measure the share of procurement value that goes "
                "through the system and publish it every year.",
            ],
        ),
        "ko": (
            "전자조달 도입: 단계별 로드맵",
            "도입 단계, 거버넌스와 변화 관리.",
            [
                "대부분의 나라는 전자조달을 단계적으로 도입합니다. 첫 단계에서는 모든 입찰 공고와 "
                "낙찰 결과를 하나의 국가 포털에 게시하여 공급자와 시민이 같은 정보를 같은 시간에 볼 "
                "수 있게 합니다.",
                "두 번째 단계에서는 입찰을 온라인으로 받습니다. 공급자는 암호화된 입찰서를 제출하고, "
                "입찰서는 정해진 시각에 전자적으로 개찰되며 개찰 기록이 공개됩니다. 수요기관과 "
                "공급자가 시스템을 신뢰하게 되면 계약, 주문, 대금 지급이 뒤따릅니다.",
                "각 단계에는 법적 근거, 예산을 가진 주관 기관, 구매 담당자와 공급자를 위한 교육, "
                "그리고 상담 창구가 필요합니다. 시스템을 거친 조달 금액의 비중을 측정하여 매년 "
                "공개하십시오.",
            ],
        ),
        "vi": (
            "Triển khai mua sắm điện tử: lộ trình từng bước",
            "Các giai đoạn, cơ chế quản trị và quản lý thay đổi.",
            [
                "Phần lớn các quốc gia triển khai mua sắm điện tử theo từng giai đoạn. Giai đoạn "
                "đầu công khai mọi thông báo mời thầu và kết quả lựa chọn nhà thầu trên một cổng "
                "thông tin quốc gia, để nhà cung cấp và người dân cùng thấy một thông tin vào cùng "
                "một thời điểm.",
                "Giai đoạn thứ hai đưa việc nộp hồ sơ dự thầu lên mạng: nhà thầu nộp hồ sơ đã mã "
                "hóa, hồ sơ được mở bằng điện tử đúng thời điểm đã công bố và biên bản mở thầu được "
                "công khai. Ký hợp đồng, đặt hàng và thanh toán điện tử sẽ đến sau khi cơ quan mua "
                "sắm và nhà cung cấp tin tưởng hệ thống.",
                "Mỗi giai đoạn cần có cơ sở pháp lý, một cơ quan chủ trì có ngân sách, chương trình "
                "đào tạo cho bên mời thầu và nhà thầu, cùng một bộ phận hỗ trợ. Hãy đo tỷ trọng giá "
                "trị mua sắm được thực hiện qua hệ thống và công bố con số đó hằng năm.",
            ],
        ),
        "km": (
            "ការដាក់ឱ្យប្រើលទ្ធកម្មអេឡិចត្រូនិក៖ ផែនទីបង្ហាញផ្លូវមួយជំហានម្តងៗ",
            "ដំណាក់កាល អភិបាលកិច្ច និងការគ្រប់គ្រងការផ្លាស់ប្តូរ។",
            [
                "ប្រទេសភាគច្រើនដាក់ឱ្យប្រើលទ្ធកម្មអេឡិចត្រូនិកជាដំណាក់កាល។ "
                "ដំណាក់កាលទីមួយផ្សព្វផ្សាយសេចក្តីជូនដំណឹងអំពីការដេញថ្លៃ "
                "និងលទ្ធផលនៃការប្រគល់កិច្ចសន្យាទាំងអស់នៅលើវិបផតថលជាតិតែមួយ "
                "ដើម្បីឱ្យអ្នកផ្គត់ផ្គង់ និងប្រជាពលរដ្ឋឃើញព័ត៌មានដូចគ្នាក្នុងពេលតែមួយ។",
                "ដំណាក់កាលទីពីរទទួលការដេញថ្លៃតាមអនឡាញ៖ អ្នកផ្គត់ផ្គង់ដាក់ឯកសារដេញថ្លៃដែលបានអ៊ិនគ្រីប "
                "ហើយឯកសារទាំងនោះត្រូវបានបើកដោយអេឡិចត្រូនិកនៅម៉ោងដែលបានកំណត់ "
                "ព្រមទាំងផ្សព្វផ្សាយកំណត់ហេតុនៃការបើកសំណើ។ កិច្ចសន្យា ការបញ្ជាទិញ "
                "និងការទូទាត់តាមអេឡិចត្រូនិកនឹងមកតាមក្រោយ "
                "នៅពេលដែលស្ថាប័ន និងអ្នកផ្គត់ផ្គង់ទុកចិត្តលើប្រព័ន្ធ។",
                "ដំណាក់កាលនីមួយៗត្រូវការមូលដ្ឋានគតិយុត្ត ស្ថាប័នដឹកនាំដែលមានថវិកា "
                "ការបណ្តុះបណ្តាលសម្រាប់មន្ត្រីលទ្ធកម្ម និងអ្នកផ្គត់ផ្គង់ និងកន្លែងផ្តល់ជំនួយ។ "
                "សូមវាស់វែងចំណែកនៃតម្លៃលទ្ធកម្មដែលឆ្លងកាត់ប្រព័ន្ធ ហើយផ្សព្វផ្សាយវាជារៀងរាល់ឆ្នាំ។",
            ],
        ),
        "id": (
            "Menerapkan pengadaan elektronik: peta jalan langkah demi langkah",
            "Tahapan, tata kelola, dan manajemen perubahan.",
            [
                "Sebagian besar negara menerapkan pengadaan elektronik secara bertahap. Tahap "
                "pertama menayangkan setiap pengumuman tender dan hasil pemilihan penyedia di satu "
                "portal nasional, sehingga penyedia dan masyarakat melihat informasi yang sama "
                "pada waktu yang sama.",
                "Tahap kedua memindahkan penawaran ke sistem daring: penyedia menyampaikan "
                "penawaran terenkripsi, yang dibuka secara elektronik pada waktu yang telah "
                "ditetapkan, dan berita acara pembukaan diumumkan. Kontrak, pemesanan, dan "
                "pembayaran elektronik menyusul setelah instansi dan penyedia memercayai sistem.",
                "Setiap tahap memerlukan dasar hukum, lembaga penanggung jawab yang memiliki "
                "anggaran, pelatihan bagi pejabat pengadaan dan penyedia, serta layanan bantuan. "
                "Ukurlah porsi nilai pengadaan yang melalui sistem dan umumkan angkanya setiap "
                "tahun.",
            ],
        ),
        "th": (
            "การนำระบบจัดซื้อจัดจ้างอิเล็กทรอนิกส์มาใช้: แผนที่นำทางทีละขั้นตอน",
            "ระยะการดำเนินงาน ธรรมาภิบาล และการบริหารการเปลี่ยนแปลง",
            [
                "ประเทศส่วนใหญ่นำการจัดซื้อจัดจ้างอิเล็กทรอนิกส์มาใช้เป็นระยะ "
                "ระยะแรกเผยแพร่ประกาศเชิญชวนและผลการพิจารณาทุกรายการบนเว็บไซต์กลางแห่งชาติเพียงแห่งเดียว "
                "เพื่อให้ผู้ประกอบการและประชาชนเห็นข้อมูลเดียวกันในเวลาเดียวกัน",
                "ระยะที่สองรับการเสนอราคาทางออนไลน์ ผู้ประกอบการยื่นข้อเสนอที่เข้ารหัสไว้ "
                "ระบบเปิดซองตามเวลาที่ประกาศ และเผยแพร่บันทึกการเปิดซอง "
                "การทำสัญญา การสั่งซื้อ และการจ่ายเงินทางอิเล็กทรอนิกส์จะตามมา"
                "เมื่อหน่วยงานและผู้ประกอบการไว้วางใจระบบ",
                "แต่ละระยะต้องมีฐานทางกฎหมาย หน่วยงานหลักที่มีงบประมาณ "
                "การฝึกอบรมเจ้าหน้าที่พัสดุและผู้ประกอบการ และศูนย์ช่วยเหลือ "
                "ควรวัดสัดส่วนมูลค่าการจัดซื้อจัดจ้างที่ผ่านระบบและเผยแพร่ทุกปี",
            ],
        ),
        "mn": (
            "Цахим худалдан авалтыг нэвтрүүлэх нь: алхам алхмаар хэрэгжүүлэх зураглал",
            "Үе шат, засаглал ба өөрчлөлтийн удирдлага.",
            [
                "Ихэнх улс цахим худалдан авалтыг үе шаттайгаар нэвтрүүлдэг. Эхний үе шатанд бүх "
                "тендерийн урилга, гэрээ байгуулах эрх олгосон шийдвэрийг нэг үндэсний цахим "
                "хуудсанд нийтэлж, нийлүүлэгч болон иргэд ижил мэдээллийг нэгэн зэрэг харах "
                "боломжийг бүрдүүлнэ.",
                "Хоёр дахь үе шатанд тендерийг цахимаар хүлээн авна: нийлүүлэгч шифрлэсэн "
                "тендерээ ирүүлж, тендерийг тогтоосон цагт цахимаар нээж, нээлтийн тэмдэглэлийг "
                "нийтэлнэ. Захиалагч болон нийлүүлэгчид системд итгэх болсны дараа гэрээ, "
                "захиалга, төлбөрийг цахимаар хийж эхэлнэ.",
                "Үе шат бүрд хууль эрх зүйн үндэслэл, төсөвтэй хариуцсан байгууллага, худалдан "
                "авах ажиллагааны ажилтан болон нийлүүлэгчдэд зориулсан сургалт, тусламжийн төв "
                "шаардлагатай. Системээр дамжсан худалдан авалтын үнийн дүнгийн эзлэх хувийг "
                "хэмжиж, жил бүр нийтэлж байгаарай.",
            ],
        ),
        "lo": (
            "ການນຳໃຊ້ການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ: ແຜນທີ່ນຳທາງເທື່ອລະຂັ້ນຕອນ",
            "ໄລຍະການຈັດຕັ້ງປະຕິບັດ, ການຄຸ້ມຄອງ ແລະ ການຄຸ້ມຄອງການປ່ຽນແປງ.",
            [
                "ປະເທດສ່ວນຫຼາຍນຳໃຊ້ການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກເປັນໄລຍະ. "
                "ໄລຍະທຳອິດແມ່ນເຜີຍແຜ່ແຈ້ງການປະມູນ ແລະ ຜົນການຄັດເລືອກທັງໝົດຢູ່ໃນເວັບໄຊແຫ່ງຊາດດຽວ, "
                "ເພື່ອໃຫ້ຜູ້ສະໜອງ ແລະ ປະຊາຊົນເຫັນຂໍ້ມູນດຽວກັນໃນເວລາດຽວກັນ.",
                "ໄລຍະທີສອງແມ່ນຮັບການຍື່ນຊອງປະມູນທາງອອນລາຍ: ຜູ້ສະໜອງຍື່ນຊອງປະມູນທີ່ເຂົ້າລະຫັດໄວ້, "
                "ຊອງປະມູນຖືກເປີດທາງເອເລັກໂຕຣນິກຕາມເວລາທີ່ກຳນົດ ແລະ ບົດບັນທຶກການເປີດຊອງຖືກເຜີຍແຜ່. "
                "ການເຊັນສັນຍາ, ການສັ່ງຊື້ ແລະ ການຊຳລະເງິນທາງເອເລັກໂຕຣນິກຈະຕາມມາ "
                "ເມື່ອພາກສ່ວນຈັດຊື້ ແລະ ຜູ້ສະໜອງໄວ້ວາງໃຈລະບົບ.",
                "ແຕ່ລະໄລຍະຕ້ອງມີພື້ນຖານທາງກົດໝາຍ, ອົງການນຳພາທີ່ມີງົບປະມານ, "
                "ການຝຶກອົບຮົມໃຫ້ພະນັກງານຈັດຊື້ ແລະ ຜູ້ສະໜອງ, ພ້ອມທັງສູນຊ່ວຍເຫຼືອ. "
                "ຄວນວັດແທກສັດສ່ວນມູນຄ່າການຈັດຊື້ທີ່ຜ່ານລະບົບ ແລະ ເຜີຍແຜ່ທຸກໆປີ.",
            ],
        ),
        "pt": (
            "Introduzir a contratação eletrónica: um roteiro passo a passo",
            "Fases, governação e gestão da mudança.",
            [
                "A maioria dos países passa à contratação eletrónica por fases. A primeira fase publica todos os anúncios de concurso e todas as adjudicações num único portal nacional, para que fornecedores e cidadãos vejam a mesma informação ao mesmo tempo.",
                "A segunda fase recebe as propostas em linha: os fornecedores apresentam propostas cifradas, que são abertas eletronicamente à hora marcada, e a ata de abertura é publicada. A contratação, as encomendas e o pagamento seguem-se quando as entidades e os fornecedores confiam no sistema.",
                "Cada fase precisa de uma base legal, de uma entidade responsável com orçamento, de formação para compradores e fornecedores e de um serviço de apoio. Meça a parte do valor da contratação que passa pelo sistema e publique-a todos os anos.",
            ],
        ),
        "tet": (
            "Introdús aprovizionamentu eletróniku: roteiru pasu ba pasu",
            "Faze sira, governasaun no jestaun mudansa.",
            [
                "Nasaun barak muda ba aprovizionamentu eletróniku faze ba faze. Faze dahuluk publika anúnsiu konkursu no adjudikasaun hotu iha portál nasionál ida de'it, atu fornesedór no sidadaun sira haree informasaun hanesan iha tempu hanesan.",
                "Faze daruak simu proposta online: fornesedór sira hatama proposta ne'ebé enkriptadu, ne'ebé loke eletronikamente iha oras ne'ebé define ona, no ata abertura nian publika. Kontratu, enkomenda no pagamentu tuir bainhira entidade no fornesedór sira fiar ona ba sistema.",
                "Faze ida-idak presiza baze legál, entidade responsavel ida ho orsamentu, formasaun ba kompradór no fornesedór, no servisu apoiu. Sukat parte valór aprovizionamentu nian ne'ebé liu husi sistema no publika tinan-tinan.",
            ],
        ),
    },
    "online-shopping-mall": {
        "en": (
            "Setting up an e-catalogue and online shopping mall",
            "From framework contracts to online ordering.",
            [
                "An online shopping mall lets public bodies order common goods, such as office "
                "supplies, furniture and vehicles, from framework agreements that the central "
                "purchasing body has already tendered.",
                "The central body runs the competition, agrees prices and conditions with several "
                "suppliers, and lists their products in an electronic catalogue. A school or a "
                "ministry then orders directly, without a tender of its own.",
                "Keep the catalogue honest: update prices regularly, publish every order, check "
                "the quality of what is delivered, and remove suppliers who fail to deliver.",
            ],
        ),
        "ko": (
            "전자카탈로그와 온라인 쇼핑몰 구축",
            "단가계약에서 온라인 주문까지.",
            [
                "온라인 쇼핑몰은 중앙조달기관이 미리 입찰을 거쳐 체결한 단가계약 물품, 예를 들어 "
                "사무용품, 가구, 차량을 공공기관이 바로 주문할 수 있게 합니다.",
                "중앙조달기관은 경쟁 절차를 운영하고 여러 공급자와 가격 및 조건을 합의한 뒤 그 제품을 "
                "전자카탈로그에 등록합니다. 학교나 부처는 별도의 입찰 없이 카탈로그에서 직접 "
                "주문합니다.",
                "카탈로그의 신뢰를 지키십시오. 가격을 정기적으로 갱신하고, 모든 주문을 공개하며, "
                "납품된 물품의 품질을 검사하고, 납품하지 못한 공급자는 목록에서 제외합니다.",
            ],
        ),
        "vi": (
            "Xây dựng danh mục điện tử và cửa hàng mua sắm trực tuyến",
            "Từ thỏa thuận khung đến đặt hàng trực tuyến.",
            [
                "Cửa hàng mua sắm trực tuyến cho phép các cơ quan nhà nước đặt mua hàng hóa thông "
                "dụng như văn phòng phẩm, bàn ghế và xe cộ theo các thỏa thuận khung mà đơn vị mua "
                "sắm tập trung đã đấu thầu trước.",
                "Đơn vị mua sắm tập trung tổ chức cạnh tranh, thống nhất giá và điều kiện với "
                "nhiều nhà cung cấp, rồi đưa sản phẩm của họ vào danh mục điện tử. Sau đó một "
                "trường học hay một bộ có thể đặt hàng trực tiếp mà không phải tự tổ chức đấu thầu.",
                "Hãy giữ cho danh mục minh bạch: cập nhật giá thường xuyên, công khai mọi đơn hàng, "
                "kiểm tra chất lượng hàng đã giao và loại bỏ những nhà cung cấp không giao hàng "
                "đúng cam kết.",
            ],
        ),
        "km": (
            "ការរៀបចំកាតាឡុកអេឡិចត្រូនិក និងផ្សារទំនិញអនឡាញ",
            "ពីកិច្ចព្រមព្រៀងក្របខ័ណ្ឌ ដល់ការបញ្ជាទិញតាមអនឡាញ។",
            [
                "ផ្សារទំនិញអនឡាញអនុញ្ញាតឱ្យស្ថាប័នសាធារណៈបញ្ជាទិញទំនិញប្រើប្រាស់ទូទៅ "
                "ដូចជាសម្ភារការិយាល័យ គ្រឿងសង្ហារិម និងយានយន្ត "
                "តាមកិច្ចព្រមព្រៀងក្របខ័ណ្ឌដែលស្ថាប័នទិញរួមបានដេញថ្លៃរួចហើយ។",
                "ស្ថាប័នទិញរួមរៀបចំការប្រកួតប្រជែង ព្រមព្រៀងលើតម្លៃ "
                "និងលក្ខខណ្ឌជាមួយអ្នកផ្គត់ផ្គង់ច្រើន "
                "ហើយដាក់ផលិតផលរបស់ពួកគេនៅក្នុងកាតាឡុកអេឡិចត្រូនិក។ បន្ទាប់មក "
                "សាលារៀន ឬក្រសួងមួយអាចបញ្ជាទិញដោយផ្ទាល់ ដោយមិនចាំបាច់រៀបចំការដេញថ្លៃដោយខ្លួនឯង។",
                "ត្រូវរក្សាកាតាឡុកឱ្យមានភាពស្មោះត្រង់៖ ធ្វើបច្ចុប្បន្នភាពតម្លៃជាប្រចាំ "
                "ផ្សព្វផ្សាយការបញ្ជាទិញទាំងអស់ ពិនិត្យគុណភាពទំនិញដែលបានប្រគល់ "
                "និងដកអ្នកផ្គត់ផ្គង់ដែលមិនបានប្រគល់ទំនិញចេញ។",
            ],
        ),
        "id": (
            "Membangun katalog elektronik dan toko daring pemerintah",
            "Dari perjanjian kerangka hingga pemesanan daring.",
            [
                "Toko daring memungkinkan instansi pemerintah memesan barang umum, seperti alat "
                "tulis kantor, mebel, dan kendaraan, berdasarkan perjanjian kerangka yang telah "
                "ditenderkan oleh lembaga pengadaan terpusat.",
                "Lembaga terpusat menyelenggarakan persaingan, menyepakati harga dan syarat dengan "
                "beberapa penyedia, lalu menayangkan produk mereka dalam katalog elektronik. "
                "Sekolah atau kementerian kemudian dapat memesan langsung tanpa mengadakan tender "
                "sendiri.",
                "Jaga agar katalog tetap jujur: perbarui harga secara berkala, umumkan setiap "
                "pesanan, periksa mutu barang yang dikirim, dan keluarkan penyedia yang gagal "
                "memenuhi pesanan.",
            ],
        ),
        "th": (
            "การจัดทำแคตตาล็อกอิเล็กทรอนิกส์และร้านค้าออนไลน์ภาครัฐ",
            "จากข้อตกลงกรอบสู่การสั่งซื้อออนไลน์",
            [
                "ร้านค้าออนไลน์ภาครัฐช่วยให้หน่วยงานของรัฐสั่งซื้อสินค้าทั่วไป เช่น วัสดุสำนักงาน "
                "เฟอร์นิเจอร์ และยานพาหนะ จากข้อตกลงกรอบที่หน่วยงานจัดซื้อกลางได้ประกวดราคาไว้แล้ว",
                "หน่วยงานจัดซื้อกลางจัดการแข่งขัน ตกลงราคาและเงื่อนไขกับผู้ขายหลายราย "
                "แล้วนำสินค้าของผู้ขายเหล่านั้นขึ้นแคตตาล็อกอิเล็กทรอนิกส์ "
                "จากนั้นโรงเรียนหรือกระทรวงสามารถสั่งซื้อได้โดยตรงโดยไม่ต้องจัดประกวดราคาเอง",
                "รักษาความน่าเชื่อถือของแคตตาล็อก ปรับปรุงราคาอย่างสม่ำเสมอ เผยแพร่คำสั่งซื้อทุกรายการ "
                "ตรวจสอบคุณภาพสินค้าที่ส่งมอบ และถอดผู้ขายที่ไม่ส่งมอบตามสัญญาออกจากรายการ",
            ],
        ),
        "mn": (
            "Цахим каталог ба онлайн дэлгүүр байгуулах нь",
            "Хүрээ хэлэлцээрээс онлайн захиалга хүртэл.",
            [
                "Онлайн дэлгүүр нь төрийн байгууллагуудад бичиг хэргийн бараа, тавилга, тээврийн "
                "хэрэгсэл зэрэг түгээмэл барааг төвлөрсөн худалдан авах байгууллагын урьдчилан "
                "тендер зарлан байгуулсан хүрээ хэлэлцээрээр шууд захиалах боломж олгоно.",
                "Төвлөрсөн байгууллага өрсөлдөөн зохион байгуулж, хэд хэдэн нийлүүлэгчтэй үнэ, "
                "нөхцөлөө тохиролцоод, тэдний бүтээгдэхүүнийг цахим каталогт байршуулна. "
                "Ингэснээр сургууль эсвэл яам өөрөө тендер зарлахгүйгээр шууд захиалга өгч чадна.",
                "Каталогийн найдвартай байдлыг хадгал: үнийг тогтмол шинэчилж, захиалга бүрийг "
                "нийтэлж, нийлүүлсэн барааны чанарыг шалгаж, нийлүүлэлтээ биелүүлээгүй "
                "нийлүүлэгчийг жагсаалтаас хасна.",
            ],
        ),
        "lo": (
            "ການສ້າງລາຍການສິນຄ້າເອເລັກໂຕຣນິກ ແລະ ຮ້ານຄ້າອອນລາຍຂອງລັດ",
            "ຈາກສັນຍາກອບເຖິງການສັ່ງຊື້ທາງອອນລາຍ.",
            [
                "ຮ້ານຄ້າອອນລາຍຂອງລັດຊ່ວຍໃຫ້ອົງການຈັດຕັ້ງຂອງລັດສັ່ງຊື້ສິນຄ້າທົ່ວໄປ ເຊັ່ນ: "
                "ອຸປະກອນຫ້ອງການ, ເຟີນີເຈີ ແລະ ພາຫະນະ "
                "ຕາມສັນຍາກອບທີ່ອົງການຈັດຊື້ສູນກາງໄດ້ປະມູນໄວ້ແລ້ວ.",
                "ອົງການຈັດຊື້ສູນກາງຈັດການແຂ່ງຂັນ, ຕົກລົງລາຄາ ແລະ ເງື່ອນໄຂກັບຜູ້ສະໜອງຫຼາຍລາຍ, "
                "ແລ້ວນຳສິນຄ້າຂອງເຂົາເຈົ້າເຂົ້າໃນລາຍການສິນຄ້າເອເລັກໂຕຣນິກ. "
                "ຫຼັງຈາກນັ້ນ ໂຮງຮຽນ ຫຼື ກະຊວງສາມາດສັ່ງຊື້ໄດ້ໂດຍກົງ ໂດຍບໍ່ຕ້ອງຈັດການປະມູນເອງ.",
                "ຮັກສາຄວາມໜ້າເຊື່ອຖືຂອງລາຍການສິນຄ້າ: ປັບປຸງລາຄາເປັນປະຈຳ, ເຜີຍແຜ່ທຸກຄຳສັ່ງຊື້, "
                "ກວດກາຄຸນນະພາບສິນຄ້າທີ່ສົ່ງມອບ ແລະ ຍົກເລີກຜູ້ສະໜອງທີ່ບໍ່ສົ່ງມອບຕາມສັນຍາ.",
            ],
        ),
        "pt": (
            "Criar um catálogo eletrónico e uma loja em linha",
            "Dos acordos-quadro às encomendas em linha.",
            [
                "Uma loja em linha permite aos organismos públicos encomendar bens comuns, como material de escritório, mobiliário e veículos, ao abrigo de acordos-quadro que a central de compras já pôs a concurso.",
                "A central conduz o concurso, acorda preços e condições com vários fornecedores e lista os seus produtos num catálogo eletrónico. Uma escola ou um ministério encomenda então diretamente, sem concurso próprio.",
                "Mantenha o catálogo honesto: atualize os preços com regularidade, publique todas as encomendas, verifique a qualidade do que é entregue e retire os fornecedores que não cumprem.",
            ],
        ),
        "tet": (
            "Harii katálogu eletróniku no loja online",
            "Husi akordu-kuadru to'o enkomenda online.",
            [
                "Loja online ida permite entidade públika sira haruka sasán komún, hanesan material eskritóriu, mobília no veíkulu, tuir akordu-kuadru ne'ebé sentrál kompras halo ona konkursu.",
                "Sentrál kompras halo konkursu, akorda presu no kondisaun ho fornesedór barak, no tau sira-nia produtu iha katálogu eletróniku. Depois eskola ida ka ministériu ida haruka direta, la presiza halo konkursu rasik.",
                "Mantein katálogu ne'e onestu: atualiza presu regularmente, publika enkomenda hotu, verifika kualidade sasán ne'ebé entrega, no hasai fornesedór sira ne'ebé la entrega.",
            ],
        ),
    },
    "supplier-registration": {
        "en": (
            "Supplier registration, once and for all",
            "Designing one registration that every tender accepts.",
            [
                "When every buyer keeps its own list of suppliers, a firm fills in the same forms "
                "and sends the same certificates again and again. One national registration "
                "removes that burden.",
                "A supplier registers once, online, with its tax number, legal documents and bank "
                "details. The registry checks the documents against official databases, and the "
                "record is valid for every tender in the country.",
                "Registration must stay open, free and quick; it is not a pre-qualification. "
                "Foreign suppliers need a way to register without a local tax number.",
            ],
        ),
        "ko": (
            "한 번의 등록으로 끝나는 공급자 등록",
            "모든 입찰에서 인정되는 단일 등록 제도 설계.",
            [
                "구매 기관마다 공급자 명단을 따로 관리하면 기업은 같은 서류를 작성하고 같은 증명서를 "
                "몇 번이고 다시 제출해야 합니다. 하나의 국가 등록 제도가 그 부담을 없앱니다.",
                "공급자는 사업자등록번호, 법인 서류, 은행 계좌 정보로 온라인에서 한 번 등록합니다. "
                "등록 기관은 서류를 공공 데이터베이스와 대조하여 확인하며, 등록 정보는 국내 모든 "
                "입찰에서 유효합니다.",
                "등록은 누구에게나 열려 있고 무료이며 신속해야 합니다. 등록은 사전심사가 아닙니다. "
                "국내 납세자번호가 없는 해외 공급자도 등록할 수 있는 방법이 필요합니다.",
            ],
        ),
        "vi": (
            "Đăng ký nhà cung cấp một lần cho mọi gói thầu",
            "Thiết kế một lần đăng ký được mọi gói thầu chấp nhận.",
            [
                "Khi mỗi bên mời thầu tự lưu một danh sách nhà cung cấp riêng, doanh nghiệp phải "
                "điền cùng một mẫu đơn và nộp cùng một loại giấy chứng nhận hết lần này đến lần "
                "khác. Một hệ thống đăng ký quốc gia duy nhất xóa bỏ gánh nặng đó.",
                "Nhà cung cấp đăng ký một lần trên mạng bằng mã số thuế, giấy tờ pháp lý và thông "
                "tin tài khoản ngân hàng. Cơ quan quản lý đối chiếu giấy tờ với các cơ sở dữ liệu "
                "chính thức, và thông tin đăng ký có giá trị cho mọi gói thầu trong cả nước.",
                "Việc đăng ký phải luôn mở, miễn phí và nhanh chóng; đó không phải là sơ tuyển. "
                "Nhà cung cấp nước ngoài cần có cách đăng ký khi chưa có mã số thuế trong nước.",
            ],
        ),
        "km": (
            "ការចុះឈ្មោះអ្នកផ្គត់ផ្គង់តែម្តងសម្រាប់ការដេញថ្លៃទាំងអស់",
            "ការរៀបចំការចុះឈ្មោះតែមួយដែលការដេញថ្លៃនីមួយៗទទួលស្គាល់។",
            [
                "នៅពេលដែលអ្នកទិញនីមួយៗរក្សាបញ្ជីអ្នកផ្គត់ផ្គង់ផ្ទាល់ខ្លួន "
                "ក្រុមហ៊ុនត្រូវបំពេញទម្រង់ដដែល និងផ្ញើវិញ្ញាបនបត្រដដែលម្តងហើយម្តងទៀត។ "
                "ការចុះឈ្មោះជាតិតែមួយលុបបំបាត់បន្ទុកនោះ។",
                "អ្នកផ្គត់ផ្គង់ចុះឈ្មោះតែម្តងតាមអនឡាញ ដោយប្រើលេខអត្តសញ្ញាណកម្មសារពើពន្ធ "
                "ឯកសារគតិយុត្ត និងព័ត៌មានគណនីធនាគារ។ "
                "ស្ថាប័នចុះបញ្ជីផ្ទៀងផ្ទាត់ឯកសារជាមួយមូលដ្ឋានទិន្នន័យផ្លូវការ "
                "ហើយការចុះឈ្មោះនោះមានសុពលភាពសម្រាប់ការដេញថ្លៃទាំងអស់នៅក្នុងប្រទេស។",
                "ការចុះឈ្មោះត្រូវតែបើកចំហ ឥតគិតថ្លៃ និងរហ័ស "
                "វាមិនមែនជាការធ្វើលក្ខណៈសម្បត្តិជាមុនទេ។ "
                "អ្នកផ្គត់ផ្គង់បរទេសត្រូវការមធ្យោបាយចុះឈ្មោះដោយគ្មានលេខពន្ធក្នុងស្រុក។",
            ],
        ),
        "id": (
            "Pendaftaran penyedia, sekali untuk semua tender",
            "Merancang satu pendaftaran yang diterima oleh setiap tender.",
            [
                "Jika setiap instansi menyimpan daftar penyedianya sendiri, sebuah perusahaan "
                "harus mengisi formulir yang sama dan mengirim sertifikat yang sama berulang kali. "
                "Satu pendaftaran nasional menghapus beban tersebut.",
                "Penyedia mendaftar sekali secara daring dengan nomor pokok wajib pajak, dokumen "
                "badan usaha, dan data rekening bank. Pengelola memeriksa dokumen tersebut dengan "
                "basis data resmi, dan data pendaftaran berlaku untuk setiap tender di seluruh "
                "negeri.",
                "Pendaftaran harus tetap terbuka, gratis, dan cepat; pendaftaran bukan "
                "prakualifikasi. Penyedia asing memerlukan cara untuk mendaftar tanpa nomor pajak "
                "dalam negeri.",
            ],
        ),
        "th": (
            "การลงทะเบียนผู้ประกอบการครั้งเดียวใช้ได้ทุกการประกวดราคา",
            "การออกแบบการลงทะเบียนเดียวที่ทุกการประกวดราคายอมรับ",
            [
                "เมื่อหน่วยงานผู้ซื้อแต่ละแห่งเก็บรายชื่อผู้ประกอบการของตนเอง "
                "บริษัทต้องกรอกแบบฟอร์มเดิมและส่งหนังสือรับรองเดิมซ้ำแล้วซ้ำเล่า "
                "การลงทะเบียนระดับชาติเพียงแห่งเดียวช่วยขจัดภาระนั้น",
                "ผู้ประกอบการลงทะเบียนออนไลน์เพียงครั้งเดียวด้วยเลขประจำตัวผู้เสียภาษี "
                "เอกสารนิติบุคคล และข้อมูลบัญชีธนาคาร ผู้ดูแลทะเบียนตรวจสอบเอกสารกับฐานข้อมูลทางราชการ "
                "และข้อมูลการลงทะเบียนใช้ได้กับทุกการประกวดราคาทั่วประเทศ",
                "การลงทะเบียนต้องเปิดกว้าง ไม่มีค่าใช้จ่าย และรวดเร็ว "
                "และไม่ใช่การคัดเลือกผู้มีคุณสมบัติเบื้องต้น "
                "ผู้ประกอบการต่างชาติต้องมีช่องทางลงทะเบียนได้แม้ไม่มีเลขประจำตัวผู้เสียภาษีในประเทศ",
            ],
        ),
        "mn": (
            "Нийлүүлэгчийн бүртгэл: нэг удаа бүртгүүлээд бүх тендерт",
            "Бүх тендерт хүлээн зөвшөөрөгдөх нэгдсэн бүртгэлийг төлөвлөх нь.",
            [
                "Захиалагч бүр өөрийн нийлүүлэгчийн жагсаалттай байвал компани нэг маягтыг бөглөж, "
                "нэг гэрчилгээг дахин дахин илгээх болдог. Үндэсний нэгдсэн бүртгэл энэ ачааллыг "
                "арилгана.",
                "Нийлүүлэгч татвар төлөгчийн дугаар, хуулийн этгээдийн баримт бичиг, банкны дансны "
                "мэдээллээр онлайнаар нэг удаа бүртгүүлнэ. Бүртгэлийн байгууллага баримт бичгийг "
                "албан ёсны мэдээллийн сантай тулгаж шалгах бөгөөд бүртгэл нь улсын хэмжээнд бүх "
                "тендерт хүчинтэй.",
                "Бүртгэл нээлттэй, үнэ төлбөргүй, шуурхай байх ёстой; энэ нь урьдчилсан сонгон "
                "шалгаруулалт биш. Гадаадын нийлүүлэгч дотоодын татварын дугааргүйгээр бүртгүүлэх "
                "арга замтай байх шаардлагатай.",
            ],
        ),
        "lo": (
            "ການລົງທະບຽນຜູ້ສະໜອງຄັ້ງດຽວໃຊ້ໄດ້ທຸກການປະມູນ",
            "ການອອກແບບການລົງທະບຽນດຽວທີ່ທຸກການປະມູນຍອມຮັບ.",
            [
                "ເມື່ອແຕ່ລະພາກສ່ວນຈັດຊື້ເກັບລາຍຊື່ຜູ້ສະໜອງຂອງຕົນເອງ, "
                "ບໍລິສັດຕ້ອງຕື່ມແບບຟອມດຽວກັນ ແລະ ສົ່ງໃບຢັ້ງຢືນດຽວກັນຊ້ຳແລ້ວຊ້ຳອີກ. "
                "ການລົງທະບຽນແຫ່ງຊາດດຽວຈະຫຼຸດຜ່ອນພາລະນັ້ນ.",
                "ຜູ້ສະໜອງລົງທະບຽນທາງອອນລາຍພຽງຄັ້ງດຽວ ດ້ວຍເລກປະຈຳຕົວຜູ້ເສຍອາກອນ, "
                "ເອກະສານນິຕິບຸກຄົນ ແລະ ຂໍ້ມູນບັນຊີທະນາຄານ. "
                "ຜູ້ຄຸ້ມຄອງທະບຽນກວດສອບເອກະສານກັບຖານຂໍ້ມູນທາງການ "
                "ແລະ ການລົງທະບຽນນັ້ນໃຊ້ໄດ້ກັບທຸກການປະມູນໃນທົ່ວປະເທດ.",
                "ການລົງທະບຽນຕ້ອງເປີດກວ້າງ, ບໍ່ເສຍຄ່າ ແລະ ວ່ອງໄວ; ມັນບໍ່ແມ່ນການຄັດເລືອກເບື້ອງຕົ້ນ. "
                "ຜູ້ສະໜອງຕ່າງປະເທດຕ້ອງມີຊ່ອງທາງລົງທະບຽນໄດ້ ເຖິງແມ່ນບໍ່ມີເລກອາກອນພາຍໃນ.",
            ],
        ),
        "pt": (
            "Registo de fornecedores, de uma vez por todas",
            "Conceber um registo único que todos os concursos aceitam.",
            [
                "Quando cada comprador mantém a sua própria lista de fornecedores, uma empresa preenche os mesmos formulários e envia os mesmos certificados vezes sem conta. Um registo nacional único elimina esse peso.",
                "O fornecedor regista-se uma vez, em linha, com o número fiscal, os documentos legais e os dados bancários. O registo confere os documentos com as bases de dados oficiais, e a inscrição é válida para todos os concursos do país.",
                "O registo deve continuar aberto, gratuito e rápido; não é uma pré-qualificação. Os fornecedores estrangeiros precisam de uma forma de se registar sem número fiscal local.",
            ],
        ),
        "tet": (
            "Rejistu fornesedór, dala ida ba nafatin",
            "Dezeña rejistu úniku ida ne'ebé konkursu hotu simu.",
            [
                "Bainhira kompradór ida-idak rai ninia lista fornesedór rasik, empreza ida prenxe formuláriu hanesan no haruka sertifikadu hanesan dala barak. Rejistu nasionál úniku ida hasai todan ne'e.",
                "Fornesedór rejista dala ida, online, ho ninia númeru fiskál, dokumentu legál no dadus banku nian. Rejistu ne'e kompara dokumentu sira ho baze dadus ofisiál, no inskrisaun ne'e válidu ba konkursu hotu iha nasaun.",
                "Rejistu tenke nakloke nafatin, gratuitu no lalais; ida ne'e la'ós pre-kualifikasaun. Fornesedór estranjeiru sira presiza dalan atu rejista maske sira la iha númeru fiskál lokál.",
            ],
        ),
    },
}
