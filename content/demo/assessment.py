"""The readiness self-assessment's questionnaire in every locale: eight modules of
a national e-procurement system, three questions each, four levels.

The English is the source. The other languages are draft translations (their
`translation_status` stays "draft" until a reader of the language reviews
them in the admin), and readers are told so. What KONEPS does is stated only
as broadly as PPS itself describes it (https://www.pps.go.kr/eng/,
https://www.g2b.go.kr).
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from content.data.models import Topic
from content.tools.models import AssessmentLevel, AssessmentModule, AssessmentQuestion

__all__ = ["load_assessment", "LEVELS", "MODULES", "QUESTIONS"]

LANGS = ("en", "ko", "vi", "km", "id", "th", "mn", "lo", "pt", "tet")

# code, score, labels in LANGS order. The scores are the indicator framework's
# steps for None|Planned|Partial|Full, so answers and peers' data share a scale.
LEVELS = [
    (
        "none",
        0,
        (
            "None",
            "없음",
            "Chưa có",
            "គ្មាន",
            "Belum ada",
            "ไม่มี",
            "Байхгүй",
            "ບໍ່ມີ",
            "Nenhum",
            "Seidauk iha",
        ),
    ),
    (
        "planned",
        33,
        (
            "Planned",
            "계획",
            "Đã lên kế hoạch",
            "បានគ្រោងទុក",
            "Direncanakan",
            "มีแผน",
            "Төлөвлөсөн",
            "ມີແຜນ",
            "Planeado",
            "Planeia ona",
        ),
    ),
    (
        "partial",
        67,
        (
            "Partial",
            "부분",
            "Một phần",
            "ដោយផ្នែក",
            "Sebagian",
            "บางส่วน",
            "Хэсэгчлэн",
            "ບາງສ່ວນ",
            "Parcial",
            "Parsiál",
        ),
    ),
    (
        "full",
        100,
        (
            "Full",
            "완전",
            "Đầy đủ",
            "ពេញលេញ",
            "Penuh",
            "เต็มรูปแบบ",
            "Бүрэн",
            "ເຕັມສ່ວນ",
            "Completo",
            "Kompletu",
        ),
    ),
]

# code, indicator codes, topic slug of its guides, then per language:
# (name, what a full module looks like in KONEPS, next steps)
MODULES = [
    (
        "supplier-registration",
        "ep-supplier-reg|ep-users",
        "sme",
        {
            "en": (
                "Supplier registration",
                "A supplier registers once, online, and bids to every public buyer; its business and tax status are checked against the government's own registries.",
                "Put one national supplier register online, shared by every buyer, and stop asking bidders for paper certificates the state already holds.",
            ),
            "ko": (
                "공급자 등록",
                "공급자는 온라인으로 한 번 등록하면 모든 공공기관 입찰에 참여하며, 사업자와 납세 상태는 정부 등록부로 확인된다.",
                "모든 발주기관이 함께 쓰는 국가 공급자 등록부를 온라인으로 구축하고, 국가가 이미 가진 서류를 입찰자에게 요구하지 않는다.",
            ),
            "vi": (
                "Đăng ký nhà cung cấp",
                "Nhà cung cấp đăng ký trực tuyến một lần và dự thầu với mọi bên mời thầu; tình trạng kinh doanh và thuế được đối chiếu với các cơ sở dữ liệu của nhà nước.",
                "Đưa một danh bạ nhà cung cấp quốc gia lên mạng, dùng chung cho mọi bên mời thầu, và thôi yêu cầu giấy tờ mà nhà nước đã có.",
            ),
            "km": (
                "ការចុះឈ្មោះអ្នកផ្គត់ផ្គង់",
                "អ្នកផ្គត់ផ្គង់ចុះឈ្មោះតែម្តងតាមអនឡាញ ហើយដេញថ្លៃជាមួយអ្នកទិញសាធារណៈទាំងអស់ ស្ថានភាពអាជីវកម្ម និងពន្ធត្រូវបានពិនិត្យជាមួយបញ្ជីរបស់រដ្ឋ។",
                "ដាក់បញ្ជីអ្នកផ្គត់ផ្គង់ជាតិតែមួយលើអនឡាញ ប្រើរួមគ្នាដោយអ្នកទិញទាំងអស់ ហើយឈប់ទាមទារឯកសារក្រដាសដែលរដ្ឋមានរួចហើយ។",
            ),
            "id": (
                "Pendaftaran penyedia",
                "Penyedia mendaftar sekali secara daring dan dapat menawar ke semua pembeli publik; status usaha dan pajaknya diperiksa terhadap registri pemerintah.",
                "Sediakan satu daftar penyedia nasional daring yang dipakai semua pembeli, dan berhenti meminta dokumen kertas yang sudah dimiliki negara.",
            ),
            "th": (
                "การลงทะเบียนผู้ขาย",
                "ผู้ขายลงทะเบียนออนไลน์ครั้งเดียวและเสนอราคากับหน่วยงานรัฐได้ทุกแห่ง สถานะธุรกิจและภาษีตรวจสอบกับทะเบียนของรัฐ",
                "จัดทำทะเบียนผู้ขายระดับชาติออนไลน์ที่หน่วยงานทุกแห่งใช้ร่วมกัน และเลิกขอเอกสารกระดาษที่รัฐมีอยู่แล้ว",
            ),
            "mn": (
                "Нийлүүлэгчийн бүртгэл",
                "Нийлүүлэгч нэг удаа цахимаар бүртгүүлж, бүх төрийн худалдан авагчийн тендерт оролцоно; бизнес, татварын байдлыг төрийн бүртгэлээр шалгана.",
                "Бүх худалдан авагчийн хэрэглэх үндэсний нэг цахим нийлүүлэгчийн бүртгэл байгуулж, төрд байгаа баримтыг дахин бүү шаард.",
            ),
            "lo": (
                "ການລົງທະບຽນຜູ້ສະໜອງ",
                "ຜູ້ສະໜອງລົງທະບຽນອອນລາຍຄັ້ງດຽວ ແລະ ປະມູນກັບຜູ້ຊື້ພາກລັດທຸກແຫ່ງ; ສະຖານະທຸລະກິດ ແລະ ອາກອນກວດກັບທະບຽນຂອງລັດ.",
                "ສ້າງທະບຽນຜູ້ສະໜອງແຫ່ງຊາດອອນລາຍອັນດຽວ ທີ່ຜູ້ຊື້ທຸກແຫ່ງໃຊ້ຮ່ວມກັນ ແລະ ເຊົາຂໍເອກະສານທີ່ລັດມີແລ້ວ.",
            ),
            "pt": (
                "Registo de fornecedores",
                "O fornecedor regista-se uma vez, em linha, e concorre junto de todos os compradores públicos; a situação comercial e fiscal é verificada nos registos do Estado.",
                "Criar um registo nacional de fornecedores em linha, partilhado por todos os compradores, e deixar de pedir documentos que o Estado já tem.",
            ),
            "tet": (
                "Rejistu fornesedór",
                "Fornesedór rejista dala ida deʼit online no bele partisipa iha konkursu hotu; estatutu negósiu no impostu haree iha rejistu Estadu nian.",
                "Halo rejistu nasionál fornesedór ida online ba kompradór hotu, no labele husu tan dokumentu neʼebé Estadu iha ona.",
            ),
        },
    ),
    (
        "e-bidding",
        "ep-etender|ep-share",
        "e-procurement",
        {
            "en": (
                "E-bidding",
                "Every notice is published, and every bid submitted and opened, in the one national system, with digital certificates; the opening is recorded for all bidders to see.",
                "Publish every notice in the national system first, then accept electronic bids with digital signatures for open tenders, and make them mandatory step by step.",
            ),
            "ko": (
                "전자입찰",
                "모든 공고, 입찰서 제출과 개찰이 전자인증서로 하나의 국가 시스템에서 이뤄지며, 개찰 결과는 모든 입찰자가 볼 수 있게 기록된다.",
                "먼저 모든 공고를 국가 시스템에 게시하고, 일반경쟁입찰부터 전자서명 입찰을 받아 단계적으로 의무화한다.",
            ),
            "vi": (
                "Đấu thầu điện tử",
                "Mọi thông báo được đăng, mọi hồ sơ dự thầu được nộp và mở trong một hệ thống quốc gia, với chứng thư số; việc mở thầu được ghi lại cho mọi nhà thầu xem.",
                "Trước hết đăng mọi thông báo lên hệ thống quốc gia, sau đó nhận hồ sơ dự thầu điện tử có chữ ký số cho đấu thầu rộng rãi và bắt buộc dần từng bước.",
            ),
            "km": (
                "ការដេញថ្លៃតាមអេឡិចត្រូនិក",
                "សេចក្តីជូនដំណឹងទាំងអស់ត្រូវផ្សព្វផ្សាយ ហើយការដាក់ និងបើកសំណើដេញថ្លៃធ្វើក្នុងប្រព័ន្ធជាតិតែមួយ ដោយប្រើវិញ្ញាបនបត្រឌីជីថល។",
                "ផ្សព្វផ្សាយសេចក្តីជូនដំណឹងទាំងអស់ក្នុងប្រព័ន្ធជាតិជាមុន បន្ទាប់មកទទួលសំណើអេឡិចត្រូនិកដែលមានហត្ថលេខាឌីជីថល ហើយធ្វើជាកាតព្វកិច្ចជាជំហានៗ។",
            ),
            "id": (
                "Tender elektronik",
                "Setiap pengumuman diterbitkan, dan setiap penawaran diajukan dan dibuka, dalam satu sistem nasional dengan sertifikat digital; pembukaan tercatat dan dapat dilihat semua penawar.",
                "Terbitkan semua pengumuman di sistem nasional lebih dulu, lalu terima penawaran elektronik bertanda tangan digital untuk tender terbuka, dan wajibkan secara bertahap.",
            ),
            "th": (
                "การประกวดราคาอิเล็กทรอนิกส์",
                "ประกาศทุกฉบับเผยแพร่ และการยื่นและเปิดซองทุกครั้งทำในระบบแห่งชาติระบบเดียวด้วยใบรับรองดิจิทัล ผลการเปิดซองบันทึกให้ผู้เสนอราคาทุกรายเห็น",
                "เผยแพร่ประกาศทุกฉบับในระบบแห่งชาติก่อน แล้วรับข้อเสนออิเล็กทรอนิกส์ที่ลงลายมือชื่อดิจิทัลสำหรับการประกวดราคาแบบเปิด และบังคับใช้ทีละขั้น",
            ),
            "mn": (
                "Цахим тендер",
                "Бүх зар нийтлэгдэж, бүх тендер нэг үндэсний системд тоон гарын үсгээр ирүүлэгдэн нээгдэнэ; нээлтийг бүх оролцогч харахаар бүртгэнэ.",
                "Эхлээд бүх зарыг үндэсний системд нийтэлж, дараа нь нээлттэй тендерт тоон гарын үсэгтэй цахим санал авч, үе шаттайгаар заавал болго.",
            ),
            "lo": (
                "ການປະມູນທາງເອເລັກໂຕຣນິກ",
                "ທຸກແຈ້ງການຖືກເຜີຍແຜ່ ແລະ ທຸກການຍື່ນ ແລະ ເປີດຊອງເຮັດໃນລະບົບແຫ່ງຊາດອັນດຽວ ດ້ວຍໃບຢັ້ງຢືນດິຈິຕອນ.",
                "ເຜີຍແຜ່ທຸກແຈ້ງການໃນລະບົບແຫ່ງຊາດກ່ອນ ແລ້ວຮັບການສະເໜີທາງເອເລັກໂຕຣນິກທີ່ມີລາຍເຊັນດິຈິຕອນ ແລະ ບັງຄັບໃຊ້ເທື່ອລະຂັ້ນ.",
            ),
            "pt": (
                "Licitação eletrónica",
                "Todos os anúncios são publicados, e todas as propostas entregues e abertas, num único sistema nacional com certificados digitais; a abertura fica registada para todos os concorrentes.",
                "Publicar primeiro todos os anúncios no sistema nacional, depois aceitar propostas eletrónicas com assinatura digital nos concursos abertos e torná-las obrigatórias passo a passo.",
            ),
            "tet": (
                "Konkursu eletróniku",
                "Anúnsiu hotu publika, no proposta hotu hatama no loke iha sistema nasionál ida deʼit ho sertifikadu dijitál; abertura rejista ba partisipante hotu haree.",
                "Uluk publika anúnsiu hotu iha sistema nasionál, depois simu proposta eletrónika ho asinatura dijitál ba konkursu públiku, no obriga neʼe pasu ba pasu.",
            ),
        },
    ),
    (
        "e-contracting",
        "ep-econtract",
        "e-procurement",
        {
            "en": (
                "E-contracting",
                "The contract is drawn up, signed and amended in the system, and the signed contract is kept there for audit.",
                "Generate contracts from the award in the system, sign them electronically, and keep every amendment beside the original.",
            ),
            "ko": (
                "전자계약",
                "계약서는 시스템에서 작성·서명·변경되며, 서명된 계약서는 감사를 위해 시스템에 보관된다.",
                "낙찰 정보로 시스템에서 계약서를 만들고 전자서명하며, 모든 변경 내역을 원계약과 함께 보관한다.",
            ),
            "vi": (
                "Hợp đồng điện tử",
                "Hợp đồng được soạn, ký và sửa đổi trong hệ thống, và bản đã ký được lưu ở đó để kiểm toán.",
                "Lập hợp đồng từ kết quả trúng thầu ngay trong hệ thống, ký điện tử và lưu mọi sửa đổi bên cạnh bản gốc.",
            ),
            "km": (
                "កិច្ចសន្យាអេឡិចត្រូនិក",
                "កិច្ចសន្យាត្រូវរៀបចំ ចុះហត្ថលេខា និងកែប្រែក្នុងប្រព័ន្ធ ហើយរក្សាទុកនៅទីនោះសម្រាប់សវនកម្ម។",
                "បង្កើតកិច្ចសន្យាពីលទ្ធផលប្រគល់ក្នុងប្រព័ន្ធ ចុះហត្ថលេខាតាមអេឡិចត្រូនិក ហើយរក្សាការកែប្រែនីមួយៗជាមួយច្បាប់ដើម។",
            ),
            "id": (
                "Kontrak elektronik",
                "Kontrak disusun, ditandatangani dan diubah di dalam sistem, dan kontrak yang ditandatangani disimpan di sana untuk audit.",
                "Buat kontrak dari hasil penetapan pemenang di sistem, tandatangani secara elektronik, dan simpan setiap perubahan bersama aslinya.",
            ),
            "th": (
                "สัญญาอิเล็กทรอนิกส์",
                "สัญญาจัดทำ ลงนาม และแก้ไขในระบบ และสัญญาที่ลงนามแล้วเก็บไว้ในระบบเพื่อการตรวจสอบ",
                "สร้างสัญญาจากผลการคัดเลือกในระบบ ลงนามทางอิเล็กทรอนิกส์ และเก็บการแก้ไขทุกครั้งไว้คู่กับฉบับเดิม",
            ),
            "mn": (
                "Цахим гэрээ",
                "Гэрээг системд боловсруулж, гарын үсэг зурж, өөрчилдөг бөгөөд гарын үсэгтэй гэрээ аудитад зориулан тэнд хадгалагдана.",
                "Шалгаруулалтын үр дүнгээс гэрээг системд үүсгэж, цахимаар гарын үсэг зурж, өөрчлөлт бүрийг эх хувьтай нь хадгал.",
            ),
            "lo": (
                "ສັນຍາທາງເອເລັກໂຕຣນິກ",
                "ສັນຍາຖືກຮ່າງ, ລົງລາຍເຊັນ ແລະ ແກ້ໄຂໃນລະບົບ ແລະ ເກັບໄວ້ທີ່ນັ້ນເພື່ອການກວດສອບ.",
                "ສ້າງສັນຍາຈາກຜົນການຄັດເລືອກໃນລະບົບ, ລົງລາຍເຊັນທາງເອເລັກໂຕຣນິກ ແລະ ເກັບທຸກການແກ້ໄຂໄວ້ກັບສະບັບເດີມ.",
            ),
            "pt": (
                "Contratação eletrónica",
                "O contrato é redigido, assinado e alterado no sistema, e o contrato assinado fica lá guardado para auditoria.",
                "Gerar os contratos a partir da adjudicação no sistema, assiná-los eletronicamente e guardar cada alteração junto do original.",
            ),
            "tet": (
                "Kontratu eletróniku",
                "Kontratu prepara, asina no altera iha sistema, no kontratu neʼebé asina ona rai iha neʼebá ba auditoria.",
                "Halo kontratu husi rezultadu adjudikasaun iha sistema, asina eletrónikamente, no rai alterasaun hotu hamutuk ho orijinál.",
            ),
        },
    ),
    (
        "e-payment",
        "ep-epayment|ops-payment-days",
        "e-procurement",
        {
            "en": (
                "E-payment",
                "Inspection, invoice and payment follow each other in the system, and the supplier is paid through the banks linked to it, so it can follow its payment online.",
                "Link the system to the treasury and the banks, accept electronic invoices, and publish how many days payment takes.",
            ),
            "ko": (
                "전자대금지급",
                "검사, 대금 청구와 지급이 시스템에서 이어지며, 공급자는 연계된 은행을 통해 대금을 받고 지급 과정을 온라인으로 확인한다.",
                "시스템을 국고와 은행에 연계하고 전자 청구서를 받으며, 대금 지급에 걸리는 일수를 공개한다.",
            ),
            "vi": (
                "Thanh toán điện tử",
                "Nghiệm thu, hóa đơn và thanh toán nối tiếp nhau trong hệ thống; nhà cung cấp được trả qua các ngân hàng kết nối và theo dõi khoản thanh toán trực tuyến.",
                "Kết nối hệ thống với kho bạc và ngân hàng, nhận hóa đơn điện tử và công bố số ngày để thanh toán.",
            ),
            "km": (
                "ការទូទាត់តាមអេឡិចត្រូនិក",
                "ការត្រួតពិនិត្យ វិក្កយបត្រ និងការទូទាត់បន្តគ្នាក្នុងប្រព័ន្ធ ហើយអ្នកផ្គត់ផ្គង់ទទួលប្រាក់តាមធនាគារដែលភ្ជាប់ ព្រមទាំងតាមដានការទូទាត់តាមអនឡាញ។",
                "ភ្ជាប់ប្រព័ន្ធជាមួយរតនាគារ និងធនាគារ ទទួលវិក្កយបត្រអេឡិចត្រូនិក ហើយផ្សព្វផ្សាយចំនួនថ្ងៃនៃការទូទាត់។",
            ),
            "id": (
                "Pembayaran elektronik",
                "Pemeriksaan, tagihan dan pembayaran berurutan di dalam sistem, dan penyedia dibayar melalui bank yang terhubung sehingga dapat memantau pembayarannya secara daring.",
                "Hubungkan sistem dengan perbendaharaan dan bank, terima faktur elektronik, dan umumkan berapa hari pembayaran berlangsung.",
            ),
            "th": (
                "การชำระเงินอิเล็กทรอนิกส์",
                "การตรวจรับ ใบแจ้งหนี้ และการจ่ายเงินต่อเนื่องกันในระบบ ผู้ขายได้รับเงินผ่านธนาคารที่เชื่อมต่อและติดตามการจ่ายเงินทางออนไลน์ได้",
                "เชื่อมระบบกับกรมบัญชีกลางและธนาคาร รับใบแจ้งหนี้อิเล็กทรอนิกส์ และเผยแพร่จำนวนวันที่ใช้ในการจ่ายเงิน",
            ),
            "mn": (
                "Цахим төлбөр",
                "Хүлээн авалт, нэхэмжлэх, төлбөр системд дараалан явагдаж, нийлүүлэгч холбогдсон банкаар төлбөрөө авч, цахимаар хянана.",
                "Системийг төрийн сан, банкуудтай холбож, цахим нэхэмжлэх хүлээн авч, төлбөр хэдэн хоног болдгийг нийтэл.",
            ),
            "lo": (
                "ການຊຳລະເງິນທາງເອເລັກໂຕຣນິກ",
                "ການກວດຮັບ, ໃບແຈ້ງໜີ້ ແລະ ການຈ່າຍເງິນຕໍ່ກັນໃນລະບົບ ແລະ ຜູ້ສະໜອງໄດ້ຮັບເງິນຜ່ານທະນາຄານທີ່ເຊື່ອມຕໍ່.",
                "ເຊື່ອມລະບົບກັບຄັງເງິນ ແລະ ທະນາຄານ, ຮັບໃບແຈ້ງໜີ້ເອເລັກໂຕຣນິກ ແລະ ເຜີຍແຜ່ຈຳນວນມື້ທີ່ໃຊ້ຈ່າຍເງິນ.",
            ),
            "pt": (
                "Pagamento eletrónico",
                "Inspeção, fatura e pagamento seguem-se no sistema, e o fornecedor é pago através dos bancos ligados, podendo acompanhar o pagamento em linha.",
                "Ligar o sistema ao tesouro e aos bancos, aceitar faturas eletrónicas e publicar quantos dias demora o pagamento.",
            ),
            "tet": (
                "Pagamentu eletróniku",
                "Inspesaun, fatura no pagamentu tuir malu iha sistema, no fornesedór simu osan liuhusi banku neʼebé liga, no bele tuir pagamentu online.",
                "Liga sistema ho tezouru no banku, simu fatura eletrónika, no publika loron hira mak pagamentu presiza.",
            ),
        },
    ),
    (
        "e-catalogue",
        "ep-ecatalogue|leg-framework",
        "framework-agreements",
        {
            "en": (
                "E-catalogue and online shopping mall",
                "Common goods are bought from an online shopping mall of products under framework contracts, ordered by any public buyer in a few steps.",
                "Start with a few common goods under framework agreements, publish them in an online catalogue, and let buyers order from it directly.",
            ),
            "ko": (
                "전자카탈로그와 종합쇼핑몰",
                "공통 물품은 다수공급자계약 등으로 등록된 상품의 온라인 종합쇼핑몰에서 어느 공공기관이든 몇 단계로 주문한다.",
                "몇 가지 공통 물품부터 다수공급자계약을 맺어 온라인 카탈로그에 올리고, 기관이 바로 주문하게 한다.",
            ),
            "vi": (
                "Danh mục điện tử và siêu thị trực tuyến",
                "Hàng hóa thông dụng được mua từ một siêu thị trực tuyến các sản phẩm theo thỏa thuận khung, mọi bên mua công đặt hàng trong vài bước.",
                "Bắt đầu với một vài hàng hóa thông dụng theo thỏa thuận khung, đăng lên danh mục trực tuyến và cho bên mua đặt hàng trực tiếp.",
            ),
            "km": (
                "កាតាឡុកអេឡិចត្រូនិក និងផ្សារអនឡាញ",
                "ទំនិញទូទៅត្រូវទិញពីផ្សារអនឡាញនៃផលិតផលក្រោមកិច្ចព្រមព្រៀងក្របខណ្ឌ ដែលអ្នកទិញសាធារណៈណាក៏អាចបញ្ជាទិញបានក្នុងជំហានតិចៗ។",
                "ចាប់ផ្តើមពីទំនិញទូទៅមួយចំនួនក្រោមកិច្ចព្រមព្រៀងក្របខណ្ឌ ដាក់ក្នុងកាតាឡុកអនឡាញ ហើយឱ្យអ្នកទិញបញ្ជាទិញដោយផ្ទាល់។",
            ),
            "id": (
                "Katalog elektronik dan toko daring",
                "Barang umum dibeli dari toko daring berisi produk berdasarkan kontrak payung, dipesan oleh pembeli publik mana pun dalam beberapa langkah.",
                "Mulailah dengan beberapa barang umum dalam perjanjian kerangka, terbitkan di katalog daring, dan biarkan pembeli memesan langsung.",
            ),
            "th": (
                "แคตตาล็อกอิเล็กทรอนิกส์และตลาดออนไลน์",
                "สินค้าทั่วไปซื้อจากตลาดออนไลน์ของสินค้าภายใต้สัญญากรอบ หน่วยงานรัฐใดก็สั่งซื้อได้ในไม่กี่ขั้นตอน",
                "เริ่มจากสินค้าทั่วไปไม่กี่รายการภายใต้ข้อตกลงกรอบ เผยแพร่ในแคตตาล็อกออนไลน์ และให้หน่วยงานสั่งซื้อได้โดยตรง",
            ),
            "mn": (
                "Цахим каталог ба онлайн дэлгүүр",
                "Нийтлэг барааг хүрээ гэрээний бүтээгдэхүүний онлайн дэлгүүрээс аль ч төрийн худалдан авагч хэдхэн алхмаар захиална.",
                "Хүрээ гэрээгээр цөөн нийтлэг бараанаас эхэлж, онлайн каталогт нийтэлж, худалдан авагчдад шууд захиалах боломж олго.",
            ),
            "lo": (
                "ແຄັດຕາລັອກເອເລັກໂຕຣນິກ ແລະ ຮ້ານຄ້າອອນລາຍ",
                "ສິນຄ້າທົ່ວໄປຊື້ຈາກຮ້ານຄ້າອອນລາຍຂອງສິນຄ້າພາຍໃຕ້ສັນຍາກອບ ທີ່ຜູ້ຊື້ພາກລັດໃດກໍສັ່ງໄດ້ໃນບໍ່ເທົ່າໃດຂັ້ນຕອນ.",
                "ເລີ່ມຈາກສິນຄ້າທົ່ວໄປຈຳນວນໜຶ່ງພາຍໃຕ້ຂໍ້ຕົກລົງກອບ, ເຜີຍແຜ່ໃນແຄັດຕາລັອກອອນລາຍ ແລະ ໃຫ້ຜູ້ຊື້ສັ່ງໂດຍກົງ.",
            ),
            "pt": (
                "Catálogo eletrónico e loja em linha",
                "Os bens comuns compram-se numa loja em linha de produtos ao abrigo de acordos-quadro, encomendados por qualquer comprador público em poucos passos.",
                "Começar por alguns bens comuns em acordos-quadro, publicá-los num catálogo em linha e deixar os compradores encomendar diretamente.",
            ),
            "tet": (
                "Katálogu eletróniku no loja online",
                "Sasán komún sosa husi loja online ho produtu iha akordu-kuadru, kompradór públiku ida-idak bele orden iha pasu balun deʼit.",
                "Hahú ho sasán komún balun iha akordu-kuadru, publika iha katálogu online, no husik kompradór sira orden direta.",
            ),
        },
    ),
    (
        "complaints",
        "leg-complaints|int-complaint-days",
        "complaints",
        {
            "en": (
                "Complaints",
                "A bidder can object online at each stage of a procedure and follow the answer in the system, within set time limits.",
                "Set time limits for complaints in law, let bidders lodge them online, and publish the decisions.",
            ),
            "ko": (
                "이의신청",
                "입찰자는 절차의 각 단계에서 온라인으로 이의를 제기하고, 정해진 기한 안에 시스템에서 답변을 확인한다.",
                "법에 이의신청 기한을 정하고, 입찰자가 온라인으로 신청하게 하며, 결정을 공개한다.",
            ),
            "vi": (
                "Khiếu nại",
                "Nhà thầu có thể kiến nghị trực tuyến ở mỗi giai đoạn và theo dõi trả lời trong hệ thống, trong thời hạn quy định.",
                "Quy định thời hạn giải quyết kiến nghị trong luật, cho nhà thầu nộp trực tuyến và công bố các quyết định.",
            ),
            "km": (
                "បណ្តឹងតវ៉ា",
                "អ្នកដេញថ្លៃអាចតវ៉ាតាមអនឡាញនៅដំណាក់កាលនីមួយៗ ហើយតាមដានចម្លើយក្នុងប្រព័ន្ធ ក្នុងរយៈពេលកំណត់។",
                "កំណត់រយៈពេលសម្រាប់បណ្តឹងក្នុងច្បាប់ ឱ្យអ្នកដេញថ្លៃដាក់តាមអនឡាញ ហើយផ្សព្វផ្សាយសេចក្តីសម្រេច។",
            ),
            "id": (
                "Sanggahan",
                "Penawar dapat menyanggah secara daring di setiap tahap prosedur dan mengikuti jawabannya di sistem, dalam batas waktu yang ditetapkan.",
                "Tetapkan batas waktu sanggahan dalam peraturan, izinkan penawar mengajukannya secara daring, dan umumkan putusannya.",
            ),
            "th": (
                "การร้องเรียน",
                "ผู้เสนอราคาอุทธรณ์ทางออนไลน์ได้ทุกขั้นตอนและติดตามคำตอบในระบบภายในระยะเวลาที่กำหนด",
                "กำหนดระยะเวลาการร้องเรียนในกฎหมาย ให้ผู้เสนอราคายื่นทางออนไลน์ และเผยแพร่คำวินิจฉัย",
            ),
            "mn": (
                "Гомдол",
                "Оролцогч журмын үе шат бүрт цахимаар гомдол гаргаж, тогтоосон хугацаанд системд хариугаа харна.",
                "Гомдлын хугацааг хуульд тогтоож, цахимаар гаргах боломж олгож, шийдвэрийг нийтэл.",
            ),
            "lo": (
                "ການຮ້ອງຟ້ອງ",
                "ຜູ້ປະມູນສາມາດຄັດຄ້ານອອນລາຍໃນທຸກຂັ້ນຕອນ ແລະ ຕິດຕາມຄຳຕອບໃນລະບົບພາຍໃນເວລາທີ່ກຳນົດ.",
                "ກຳນົດເວລາສຳລັບການຮ້ອງຟ້ອງໃນກົດໝາຍ, ໃຫ້ຜູ້ປະມູນຍື່ນອອນລາຍ ແລະ ເຜີຍແຜ່ຄຳຕັດສິນ.",
            ),
            "pt": (
                "Reclamações",
                "Um concorrente pode reclamar em linha em cada fase do procedimento e acompanhar a resposta no sistema, dentro de prazos fixados.",
                "Fixar na lei os prazos das reclamações, permitir apresentá-las em linha e publicar as decisões.",
            ),
            "tet": (
                "Keixa",
                "Partisipante bele halo keixa online iha etapa ida-idak no tuir resposta iha sistema, iha prazu neʼebé define.",
                "Define prazu ba keixa iha lei, husik partisipante sira hatama online, no publika desizaun sira.",
            ),
        },
    ),
    (
        "open-contracting",
        "ep-open-data|int-awards-published",
        "open-data",
        {
            "en": (
                "Open contracting data",
                "Notices, awards and contracts are published as open data that anyone may download and reuse, through files and an application interface.",
                "Publish every award with its value and supplier, then the full record of each procedure in a standard such as the Open Contracting Data Standard.",
            ),
            "ko": (
                "공개 계약 데이터",
                "공고, 낙찰, 계약 정보가 누구나 내려받아 재사용할 수 있는 공공데이터로 파일과 오픈 API로 공개된다.",
                "모든 낙찰을 금액과 공급자와 함께 공개하고, 이어 각 절차의 전체 기록을 오픈 컨트랙팅 데이터 표준(OCDS) 같은 표준으로 공개한다.",
            ),
            "vi": (
                "Dữ liệu hợp đồng mở",
                "Thông báo, kết quả trúng thầu và hợp đồng được công bố dưới dạng dữ liệu mở mà ai cũng tải về và tái sử dụng được, qua tệp và giao diện lập trình.",
                "Công bố mọi kết quả trúng thầu với giá trị và nhà cung cấp, sau đó toàn bộ hồ sơ từng thủ tục theo một chuẩn như Chuẩn dữ liệu hợp đồng mở (OCDS).",
            ),
            "km": (
                "ទិន្នន័យកិច្ចសន្យាបើកចំហ",
                "សេចក្តីជូនដំណឹង ការប្រគល់ និងកិច្ចសន្យាត្រូវផ្សព្វផ្សាយជាទិន្នន័យបើកចំហ ដែលអ្នកណាក៏អាចទាញយក និងប្រើឡើងវិញបាន។",
                "ផ្សព្វផ្សាយការប្រគល់នីមួយៗជាមួយតម្លៃ និងអ្នកផ្គត់ផ្គង់ បន្ទាប់មកកំណត់ត្រាពេញលេញតាមស្តង់ដារដូចជា OCDS។",
            ),
            "id": (
                "Data kontrak terbuka",
                "Pengumuman, penetapan pemenang dan kontrak diterbitkan sebagai data terbuka yang dapat diunduh dan dipakai ulang siapa pun, melalui berkas dan antarmuka aplikasi.",
                "Umumkan setiap pemenang beserta nilai dan penyedianya, lalu catatan lengkap tiap prosedur dalam standar seperti Open Contracting Data Standard.",
            ),
            "th": (
                "ข้อมูลสัญญาแบบเปิด",
                "ประกาศ ผลการคัดเลือก และสัญญาเผยแพร่เป็นข้อมูลเปิดที่ทุกคนดาวน์โหลดและนำไปใช้ซ้ำได้ ทั้งไฟล์และส่วนต่อประสานโปรแกรม",
                "เผยแพร่ผลการคัดเลือกทุกรายการพร้อมมูลค่าและผู้ขาย แล้วจึงเผยแพร่ข้อมูลทั้งกระบวนการตามมาตรฐานอย่าง OCDS",
            ),
            "mn": (
                "Нээлттэй гэрээний мэдээлэл",
                "Зар, шалгаруулалт, гэрээг хэн ч татаж, дахин ашиглах нээлттэй өгөгдлөөр файл болон API-аар нийтэлнэ.",
                "Шалгаруулалт бүрийг үнэ, нийлүүлэгчтэй нь нийтэлж, дараа нь журам бүрийн бүрэн бүртгэлийг OCDS зэрэг стандартаар нийтэл.",
            ),
            "lo": (
                "ຂໍ້ມູນສັນຍາແບບເປີດ",
                "ແຈ້ງການ, ຜົນການຄັດເລືອກ ແລະ ສັນຍາຖືກເຜີຍແຜ່ເປັນຂໍ້ມູນເປີດທີ່ທຸກຄົນດາວໂຫຼດ ແລະ ນຳໃຊ້ຄືນໄດ້.",
                "ເຜີຍແຜ່ທຸກຜົນການຄັດເລືອກພ້ອມມູນຄ່າ ແລະ ຜູ້ສະໜອງ, ແລ້ວບັນທຶກຄົບຖ້ວນຕາມມາດຕະຖານເຊັ່ນ OCDS.",
            ),
            "pt": (
                "Dados abertos de contratação",
                "Anúncios, adjudicações e contratos são publicados como dados abertos que qualquer pessoa pode descarregar e reutilizar, em ficheiros e por uma interface de aplicação.",
                "Publicar cada adjudicação com o valor e o fornecedor e, depois, o registo completo de cada procedimento num padrão como o Open Contracting Data Standard.",
            ),
            "tet": (
                "Dadus kontratu nakloke",
                "Anúnsiu, adjudikasaun no kontratu publika hanesan dadus nakloke neʼebé ema hotu bele download no uza fali.",
                "Publika adjudikasaun ida-idak ho nia valór no fornesedór, depois rejistu kompletu tuir padraun hanesan OCDS.",
            ),
        },
    ),
    (
        "integration",
        "",
        "capacity-building",
        {
            "en": (
                "Integration with tax, business and payment registries",
                "The system exchanges data with the tax, business and payment systems of government, so that buyers and suppliers enter each fact once.",
                "List the certificates bidders are asked for, find the registry that already holds each, and connect the system to those registries one by one.",
            ),
            "ko": (
                "세금·사업자·지급 시스템 연계",
                "시스템은 정부의 세금, 사업자, 지급 시스템과 정보를 주고받아, 발주기관과 공급자가 같은 정보를 한 번만 입력한다.",
                "입찰자에게 요구하는 증명서를 목록으로 만들고, 각각을 이미 가진 등록부를 찾아 하나씩 시스템에 연계한다.",
            ),
            "vi": (
                "Kết nối với hệ thống thuế, đăng ký kinh doanh và thanh toán",
                "Hệ thống trao đổi dữ liệu với các hệ thống thuế, đăng ký kinh doanh và thanh toán của nhà nước, để bên mua và nhà cung cấp chỉ nhập mỗi thông tin một lần.",
                "Liệt kê các giấy tờ đang yêu cầu nhà thầu, tìm cơ sở dữ liệu đã có từng loại và kết nối hệ thống với chúng lần lượt.",
            ),
            "km": (
                "ការភ្ជាប់ជាមួយប្រព័ន្ធពន្ធ អាជីវកម្ម និងការទូទាត់",
                "ប្រព័ន្ធផ្លាស់ប្តូរទិន្នន័យជាមួយប្រព័ន្ធពន្ធ អាជីវកម្ម និងការទូទាត់របស់រដ្ឋ ដូច្នេះអ្នកទិញ និងអ្នកផ្គត់ផ្គង់បញ្ចូលព័ត៌មាននីមួយៗតែម្តង។",
                "រាយបញ្ជីឯកសារបញ្ជាក់ដែលទាមទារពីអ្នកដេញថ្លៃ រកបញ្ជីដែលមានឯកសារនីមួយៗរួចហើយ ហើយភ្ជាប់ប្រព័ន្ធទៅវាម្តងមួយៗ។",
            ),
            "id": (
                "Integrasi dengan registri pajak, usaha dan pembayaran",
                "Sistem bertukar data dengan sistem pajak, usaha dan pembayaran pemerintah, sehingga pembeli dan penyedia memasukkan setiap data sekali saja.",
                "Daftar dokumen yang diminta dari penawar, temukan registri yang sudah menyimpan masing-masing, lalu hubungkan sistem ke registri itu satu per satu.",
            ),
            "th": (
                "การเชื่อมโยงกับระบบภาษี ทะเบียนธุรกิจ และการชำระเงิน",
                "ระบบแลกเปลี่ยนข้อมูลกับระบบภาษี ทะเบียนธุรกิจ และการชำระเงินของรัฐ ผู้ซื้อและผู้ขายจึงกรอกข้อมูลแต่ละอย่างครั้งเดียว",
                "ทำรายการเอกสารที่ขอจากผู้เสนอราคา หาทะเบียนที่มีเอกสารนั้นอยู่แล้ว และเชื่อมระบบกับทะเบียนเหล่านั้นทีละแห่ง",
            ),
            "mn": (
                "Татвар, бизнесийн бүртгэл, төлбөрийн системтэй холболт",
                "Систем төрийн татвар, бизнесийн бүртгэл, төлбөрийн системүүдтэй мэдээлэл солилцож, худалдан авагч, нийлүүлэгч мэдээлэл бүрийг нэг л удаа оруулна.",
                "Оролцогчоос шаарддаг баримтуудыг жагсааж, тус бүрийг аль хэдийн хадгалж буй бүртгэлийг олж, системийг нэг нэгээр нь холбо.",
            ),
            "lo": (
                "ການເຊື່ອມຕໍ່ກັບລະບົບອາກອນ, ທະບຽນວິສາຫະກິດ ແລະ ການຊຳລະເງິນ",
                "ລະບົບແລກປ່ຽນຂໍ້ມູນກັບລະບົບອາກອນ, ທະບຽນວິສາຫະກິດ ແລະ ການຊຳລະເງິນຂອງລັດ ເພື່ອໃຫ້ປ້ອນຂໍ້ມູນແຕ່ລະຢ່າງຄັ້ງດຽວ.",
                "ລາຍຊື່ເອກະສານທີ່ຂໍຈາກຜູ້ປະມູນ, ຊອກຫາທະບຽນທີ່ມີແລ້ວ ແລະ ເຊື່ອມລະບົບເຂົ້າກັບທະບຽນເຫຼົ່ານັ້ນເທື່ອລະອັນ.",
            ),
            "pt": (
                "Integração com os registos fiscais, comerciais e de pagamentos",
                "O sistema troca dados com os sistemas fiscais, de registo comercial e de pagamentos do Estado, para que compradores e fornecedores introduzam cada dado uma só vez.",
                "Listar os certificados pedidos aos concorrentes, encontrar o registo que já tem cada um e ligar o sistema a esses registos um a um.",
            ),
            "tet": (
                "Integrasaun ho rejistu impostu, negósiu no pagamentu",
                "Sistema troka dadus ho sistema impostu, negósiu no pagamentu Estadu nian, nuneʼe kompradór no fornesedór hatama informasaun ida-idak dala ida deʼit.",
                "Halo lista sertifikadu neʼebé husu ba partisipante, buka rejistu neʼebé iha ona, no liga sistema ba rejistu sira-neʼe ida-ida.",
            ),
        },
    ),
]

# module, code, question in LANGS order
QUESTIONS = [
    (
        "supplier-registration",
        "sr-online",
        (
            "Can suppliers register online?",
            "공급자가 온라인으로 등록할 수 있습니까?",
            "Nhà cung cấp có thể đăng ký trực tuyến không?",
            "តើអ្នកផ្គត់ផ្គង់អាចចុះឈ្មោះតាមអនឡាញបានទេ?",
            "Dapatkah penyedia mendaftar secara daring?",
            "ผู้ขายลงทะเบียนออนไลน์ได้หรือไม่",
            "Нийлүүлэгч цахимаар бүртгүүлж чадах уу?",
            "ຜູ້ສະໜອງລົງທະບຽນອອນລາຍໄດ້ບໍ່?",
            "Os fornecedores podem registar-se em linha?",
            "Fornesedór sira bele rejista online ka lae?",
        ),
    ),
    (
        "supplier-registration",
        "sr-once",
        (
            "Does one registration serve every public buyer?",
            "한 번 등록으로 모든 공공기관 입찰에 참여할 수 있습니까?",
            "Một lần đăng ký có dùng được với mọi bên mời thầu không?",
            "តើការចុះឈ្មោះតែម្តងប្រើបានជាមួយអ្នកទិញសាធារណៈទាំងអស់ទេ?",
            "Apakah satu pendaftaran berlaku untuk semua pembeli publik?",
            "การลงทะเบียนครั้งเดียวใช้ได้กับหน่วยงานรัฐทุกแห่งหรือไม่",
            "Нэг бүртгэл бүх төрийн худалдан авагчид хүчинтэй юу?",
            "ການລົງທະບຽນຄັ້ງດຽວໃຊ້ໄດ້ກັບຜູ້ຊື້ພາກລັດທຸກແຫ່ງບໍ່?",
            "Um só registo serve todos os compradores públicos?",
            "Rejistu ida deʼit serve ba kompradór públiku hotu ka lae?",
        ),
    ),
    (
        "supplier-registration",
        "sr-verified",
        (
            "Are registration details checked against government registries?",
            "등록 정보를 정부 등록부와 대조해 확인합니까?",
            "Thông tin đăng ký có được đối chiếu với cơ sở dữ liệu nhà nước không?",
            "តើព័ត៌មានចុះឈ្មោះត្រូវបានពិនិត្យជាមួយបញ្ជីរបស់រដ្ឋទេ?",
            "Apakah data pendaftaran diperiksa terhadap registri pemerintah?",
            "ข้อมูลการลงทะเบียนตรวจสอบกับทะเบียนของรัฐหรือไม่",
            "Бүртгэлийн мэдээллийг төрийн бүртгэлтэй тулгаж шалгадаг уу?",
            "ຂໍ້ມູນການລົງທະບຽນຖືກກວດກັບທະບຽນຂອງລັດບໍ່?",
            "Os dados do registo são verificados nos registos do Estado?",
            "Dadus rejistu nian haree hamutuk ho rejistu Estadu nian ka lae?",
        ),
    ),
    (
        "e-bidding",
        "eb-notices",
        (
            "Are all tender notices published in the national system?",
            "모든 입찰 공고를 국가 시스템에 게시합니까?",
            "Mọi thông báo mời thầu có được đăng trên hệ thống quốc gia không?",
            "តើសេចក្តីជូនដំណឹងដេញថ្លៃទាំងអស់ត្រូវផ្សព្វផ្សាយក្នុងប្រព័ន្ធជាតិទេ?",
            "Apakah semua pengumuman tender diterbitkan di sistem nasional?",
            "ประกาศประกวดราคาทั้งหมดเผยแพร่ในระบบแห่งชาติหรือไม่",
            "Бүх тендерийн зарыг үндэсний системд нийтэлдэг үү?",
            "ທຸກແຈ້ງການປະມູນຖືກເຜີຍແຜ່ໃນລະບົບແຫ່ງຊາດບໍ່?",
            "Todos os anúncios de concurso são publicados no sistema nacional?",
            "Anúnsiu konkursu hotu publika iha sistema nasionál ka lae?",
        ),
    ),
    (
        "e-bidding",
        "eb-submission",
        (
            "Can bids be submitted electronically with a digital signature?",
            "전자서명으로 입찰서를 전자 제출할 수 있습니까?",
            "Có thể nộp hồ sơ dự thầu điện tử với chữ ký số không?",
            "តើអាចដាក់សំណើដេញថ្លៃតាមអេឡិចត្រូនិកជាមួយហត្ថលេខាឌីជីថលបានទេ?",
            "Dapatkah penawaran diajukan secara elektronik dengan tanda tangan digital?",
            "ยื่นข้อเสนอทางอิเล็กทรอนิกส์ด้วยลายมือชื่อดิจิทัลได้หรือไม่",
            "Тендерийг тоон гарын үсгээр цахимаар ирүүлж болох уу?",
            "ສາມາດຍື່ນການສະເໜີທາງເອເລັກໂຕຣນິກດ້ວຍລາຍເຊັນດິຈິຕອນໄດ້ບໍ່?",
            "As propostas podem ser entregues eletronicamente com assinatura digital?",
            "Proposta bele hatama eletrónikamente ho asinatura dijitál ka lae?",
        ),
    ),
    (
        "e-bidding",
        "eb-opening",
        (
            "Are bids opened in the system, with the result visible to all bidders?",
            "개찰이 시스템에서 이뤄지고 결과를 모든 입찰자가 볼 수 있습니까?",
            "Việc mở thầu có diễn ra trong hệ thống và mọi nhà thầu xem được kết quả không?",
            "តើការបើកសំណើធ្វើក្នុងប្រព័ន្ធ ហើយអ្នកដេញថ្លៃទាំងអស់មើលលទ្ធផលបានទេ?",
            "Apakah penawaran dibuka di sistem dan hasilnya terlihat oleh semua penawar?",
            "การเปิดซองทำในระบบและผู้เสนอราคาทุกรายเห็นผลหรือไม่",
            "Тендерийг системд нээж, үр дүнг бүх оролцогч хардаг уу?",
            "ການເປີດຊອງເຮັດໃນລະບົບ ແລະ ຜູ້ປະມູນທຸກຄົນເຫັນຜົນບໍ່?",
            "As propostas são abertas no sistema, com o resultado visível para todos?",
            "Proposta loke iha sistema, no partisipante hotu bele haree rezultadu ka lae?",
        ),
    ),
    (
        "e-contracting",
        "ec-signed",
        (
            "Are contracts signed electronically?",
            "계약을 전자서명으로 체결합니까?",
            "Hợp đồng có được ký điện tử không?",
            "តើកិច្ចសន្យាត្រូវចុះហត្ថលេខាតាមអេឡិចត្រូនិកទេ?",
            "Apakah kontrak ditandatangani secara elektronik?",
            "สัญญาลงนามทางอิเล็กทรอนิกส์หรือไม่",
            "Гэрээнд цахимаар гарын үсэг зурдаг уу?",
            "ສັນຍາຖືກລົງລາຍເຊັນທາງເອເລັກໂຕຣນິກບໍ່?",
            "Os contratos são assinados eletronicamente?",
            "Kontratu asina eletrónikamente ka lae?",
        ),
    ),
    (
        "e-contracting",
        "ec-from-award",
        (
            "Is the contract drawn up in the system from the award?",
            "낙찰 정보로 시스템에서 계약서를 작성합니까?",
            "Hợp đồng có được lập trong hệ thống từ kết quả trúng thầu không?",
            "តើកិច្ចសន្យាត្រូវរៀបចំក្នុងប្រព័ន្ធពីលទ្ធផលប្រគល់ទេ?",
            "Apakah kontrak disusun di sistem dari hasil penetapan pemenang?",
            "สัญญาจัดทำในระบบจากผลการคัดเลือกหรือไม่",
            "Гэрээг шалгаруулалтын үр дүнгээс системд боловсруулдаг уу?",
            "ສັນຍາຖືກຮ່າງໃນລະບົບຈາກຜົນການຄັດເລືອກບໍ່?",
            "O contrato é redigido no sistema a partir da adjudicação?",
            "Kontratu prepara iha sistema husi adjudikasaun ka lae?",
        ),
    ),
    (
        "e-contracting",
        "ec-amendments",
        (
            "Are amendments recorded in the system beside the contract?",
            "계약 변경을 원계약과 함께 시스템에 기록합니까?",
            "Các sửa đổi có được ghi trong hệ thống cùng hợp đồng không?",
            "តើការកែប្រែត្រូវកត់ត្រាក្នុងប្រព័ន្ធជាមួយកិច្ចសន្យាទេ?",
            "Apakah perubahan kontrak dicatat di sistem bersama kontraknya?",
            "การแก้ไขสัญญาบันทึกในระบบคู่กับสัญญาหรือไม่",
            "Гэрээний өөрчлөлтийг системд гэрээтэй нь хамт бүртгэдэг үү?",
            "ການແກ້ໄຂຖືກບັນທຶກໃນລະບົບພ້ອມສັນຍາບໍ່?",
            "As alterações ficam registadas no sistema junto do contrato?",
            "Alterasaun rejista iha sistema hamutuk ho kontratu ka lae?",
        ),
    ),
    (
        "e-payment",
        "ep-invoice",
        (
            "Can suppliers send invoices electronically?",
            "공급자가 전자적으로 대금을 청구할 수 있습니까?",
            "Nhà cung cấp có thể gửi hóa đơn điện tử không?",
            "តើអ្នកផ្គត់ផ្គង់អាចផ្ញើវិក្កយបត្រតាមអេឡិចត្រូនិកបានទេ?",
            "Dapatkah penyedia mengirim tagihan secara elektronik?",
            "ผู้ขายส่งใบแจ้งหนี้ทางอิเล็กทรอนิกส์ได้หรือไม่",
            "Нийлүүлэгч нэхэмжлэхээ цахимаар илгээж чадах уу?",
            "ຜູ້ສະໜອງສົ່ງໃບແຈ້ງໜີ້ທາງເອເລັກໂຕຣນິກໄດ້ບໍ່?",
            "Os fornecedores podem enviar faturas eletronicamente?",
            "Fornesedór bele haruka fatura eletrónikamente ka lae?",
        ),
    ),
    (
        "e-payment",
        "ep-linked",
        (
            "Is the system linked to the treasury or banks for payment?",
            "시스템이 대금 지급을 위해 국고나 은행과 연계되어 있습니까?",
            "Hệ thống có kết nối với kho bạc hoặc ngân hàng để thanh toán không?",
            "តើប្រព័ន្ធភ្ជាប់ជាមួយរតនាគារ ឬធនាគារសម្រាប់ការទូទាត់ទេ?",
            "Apakah sistem terhubung ke perbendaharaan atau bank untuk pembayaran?",
            "ระบบเชื่อมกับคลังหรือธนาคารเพื่อการจ่ายเงินหรือไม่",
            "Систем төлбөрийн хувьд төрийн сан, банктай холбогдсон уу?",
            "ລະບົບເຊື່ອມກັບຄັງເງິນ ຫຼື ທະນາຄານເພື່ອຈ່າຍເງິນບໍ່?",
            "O sistema está ligado ao tesouro ou aos bancos para pagar?",
            "Sistema liga ho tezouru ka banku ba pagamentu ka lae?",
        ),
    ),
    (
        "e-payment",
        "ep-tracking",
        (
            "Can suppliers follow their payment online?",
            "공급자가 대금 지급 과정을 온라인으로 확인할 수 있습니까?",
            "Nhà cung cấp có theo dõi khoản thanh toán trực tuyến được không?",
            "តើអ្នកផ្គត់ផ្គង់អាចតាមដានការទូទាត់តាមអនឡាញបានទេ?",
            "Dapatkah penyedia memantau pembayarannya secara daring?",
            "ผู้ขายติดตามการจ่ายเงินทางออนไลน์ได้หรือไม่",
            "Нийлүүлэгч төлбөрөө цахимаар хянаж чадах уу?",
            "ຜູ້ສະໜອງຕິດຕາມການຈ່າຍເງິນອອນລາຍໄດ້ບໍ່?",
            "Os fornecedores podem acompanhar o pagamento em linha?",
            "Fornesedór bele tuir pagamentu online ka lae?",
        ),
    ),
    (
        "e-catalogue",
        "ca-catalogue",
        (
            "Is there an online catalogue of goods under framework agreements?",
            "다수공급자계약 등으로 등록된 물품의 온라인 카탈로그가 있습니까?",
            "Có danh mục trực tuyến hàng hóa theo thỏa thuận khung không?",
            "តើមានកាតាឡុកអនឡាញនៃទំនិញក្រោមកិច្ចព្រមព្រៀងក្របខណ្ឌទេ?",
            "Adakah katalog daring barang dalam perjanjian kerangka?",
            "มีแคตตาล็อกออนไลน์ของสินค้าภายใต้ข้อตกลงกรอบหรือไม่",
            "Хүрээ гэрээний барааны онлайн каталог бий юу?",
            "ມີແຄັດຕາລັອກອອນລາຍຂອງສິນຄ້າພາຍໃຕ້ຂໍ້ຕົກລົງກອບບໍ່?",
            "Existe um catálogo em linha de bens em acordos-quadro?",
            "Iha katálogu online sasán iha akordu-kuadru ka lae?",
        ),
    ),
    (
        "e-catalogue",
        "ca-ordering",
        (
            "Can buyers order from it directly, without a new tender?",
            "기관이 새 입찰 없이 바로 주문할 수 있습니까?",
            "Bên mua có thể đặt hàng trực tiếp mà không cần đấu thầu mới không?",
            "តើអ្នកទិញអាចបញ្ជាទិញដោយផ្ទាល់ ដោយគ្មានការដេញថ្លៃថ្មីបានទេ?",
            "Dapatkah pembeli memesan langsung tanpa tender baru?",
            "ผู้ซื้อสั่งซื้อได้โดยตรงโดยไม่ต้องประกวดราคาใหม่หรือไม่",
            "Худалдан авагч шинэ тендергүйгээр шууд захиалж чадах уу?",
            "ຜູ້ຊື້ສັ່ງໂດຍກົງໄດ້ໂດຍບໍ່ຕ້ອງປະມູນໃໝ່ບໍ່?",
            "Os compradores podem encomendar diretamente, sem novo concurso?",
            "Kompradór bele orden direta, la ho konkursu foun ka lae?",
        ),
    ),
    (
        "e-catalogue",
        "ca-prices",
        (
            "Are catalogue prices and orders published?",
            "카탈로그 가격과 주문 내역을 공개합니까?",
            "Giá trong danh mục và các đơn hàng có được công bố không?",
            "តើតម្លៃក្នុងកាតាឡុក និងការបញ្ជាទិញត្រូវផ្សព្វផ្សាយទេ?",
            "Apakah harga katalog dan pesanan diumumkan?",
            "ราคาในแคตตาล็อกและคำสั่งซื้อเผยแพร่หรือไม่",
            "Каталогийн үнэ, захиалгыг нийтэлдэг үү?",
            "ລາຄາໃນແຄັດຕາລັອກ ແລະ ການສັ່ງຊື້ຖືກເຜີຍແຜ່ບໍ່?",
            "Os preços do catálogo e as encomendas são publicados?",
            "Presu katálogu no orden sira publika ka lae?",
        ),
    ),
    (
        "complaints",
        "co-online",
        (
            "Can bidders lodge complaints online?",
            "입찰자가 온라인으로 이의신청할 수 있습니까?",
            "Nhà thầu có thể gửi kiến nghị trực tuyến không?",
            "តើអ្នកដេញថ្លៃអាចដាក់បណ្តឹងតាមអនឡាញបានទេ?",
            "Dapatkah penawar mengajukan sanggahan secara daring?",
            "ผู้เสนอราคายื่นข้อร้องเรียนทางออนไลน์ได้หรือไม่",
            "Оролцогч цахимаар гомдол гаргаж чадах уу?",
            "ຜູ້ປະມູນຍື່ນຄຳຮ້ອງຟ້ອງອອນລາຍໄດ້ບໍ່?",
            "Os concorrentes podem apresentar reclamações em linha?",
            "Partisipante bele hatama keixa online ka lae?",
        ),
    ),
    (
        "complaints",
        "co-deadlines",
        (
            "Are there time limits for deciding complaints?",
            "이의신청 처리 기한이 정해져 있습니까?",
            "Có thời hạn giải quyết kiến nghị không?",
            "តើមានរយៈពេលកំណត់សម្រាប់សម្រេចលើបណ្តឹងទេ?",
            "Adakah batas waktu untuk memutus sanggahan?",
            "มีกำหนดเวลาในการวินิจฉัยข้อร้องเรียนหรือไม่",
            "Гомдлыг шийдвэрлэх хугацаа тогтоосон уу?",
            "ມີກຳນົດເວລາຕັດສິນຄຳຮ້ອງຟ້ອງບໍ່?",
            "Há prazos para decidir as reclamações?",
            "Iha prazu atu deside keixa ka lae?",
        ),
    ),
    (
        "complaints",
        "co-published",
        (
            "Are complaint decisions published?",
            "이의신청 결정을 공개합니까?",
            "Các quyết định giải quyết kiến nghị có được công bố không?",
            "តើសេចក្តីសម្រេចលើបណ្តឹងត្រូវផ្សព្វផ្សាយទេ?",
            "Apakah putusan sanggahan diumumkan?",
            "คำวินิจฉัยข้อร้องเรียนเผยแพร่หรือไม่",
            "Гомдлын шийдвэрийг нийтэлдэг үү?",
            "ຄຳຕັດສິນຮ້ອງຟ້ອງຖືກເຜີຍແຜ່ບໍ່?",
            "As decisões sobre reclamações são publicadas?",
            "Desizaun keixa nian publika ka lae?",
        ),
    ),
    (
        "open-contracting",
        "od-awards",
        (
            "Are awards published with their value and supplier?",
            "낙찰 결과를 금액과 공급자와 함께 공개합니까?",
            "Kết quả trúng thầu có được công bố kèm giá trị và nhà cung cấp không?",
            "តើការប្រគល់ត្រូវផ្សព្វផ្សាយជាមួយតម្លៃ និងអ្នកផ្គត់ផ្គង់ទេ?",
            "Apakah pemenang diumumkan beserta nilai dan penyedianya?",
            "ผลการคัดเลือกเผยแพร่พร้อมมูลค่าและผู้ขายหรือไม่",
            "Шалгаруулалтыг үнэ, нийлүүлэгчтэй нь нийтэлдэг үү?",
            "ຜົນການຄັດເລືອກຖືກເຜີຍແຜ່ພ້ອມມູນຄ່າ ແລະ ຜູ້ສະໜອງບໍ່?",
            "As adjudicações são publicadas com o valor e o fornecedor?",
            "Adjudikasaun publika ho valór no fornesedór ka lae?",
        ),
    ),
    (
        "open-contracting",
        "od-download",
        (
            "Can anyone download the data in bulk, free of charge?",
            "누구나 데이터를 무료로 일괄 내려받을 수 있습니까?",
            "Ai cũng có thể tải toàn bộ dữ liệu miễn phí không?",
            "តើអ្នកណាក៏អាចទាញយកទិន្នន័យទាំងមូលដោយឥតគិតថ្លៃបានទេ?",
            "Dapatkah siapa pun mengunduh data secara massal tanpa biaya?",
            "ทุกคนดาวน์โหลดข้อมูลทั้งหมดได้ฟรีหรือไม่",
            "Хэн ч өгөгдлийг бүхэлд нь үнэгүй татаж чадах уу?",
            "ທຸກຄົນດາວໂຫຼດຂໍ້ມູນທັງໝົດໄດ້ຟຣີບໍ່?",
            "Qualquer pessoa pode descarregar os dados em bloco, gratuitamente?",
            "Ema hotu bele download dadus hotu grátis ka lae?",
        ),
    ),
    (
        "open-contracting",
        "od-standard",
        (
            "Is the data published in a standard such as the Open Contracting Data Standard?",
            "오픈 컨트랙팅 데이터 표준(OCDS) 같은 표준으로 공개합니까?",
            "Dữ liệu có được công bố theo chuẩn như Chuẩn dữ liệu hợp đồng mở (OCDS) không?",
            "តើទិន្នន័យត្រូវផ្សព្វផ្សាយតាមស្តង់ដារដូចជា OCDS ទេ?",
            "Apakah data diterbitkan dalam standar seperti Open Contracting Data Standard?",
            "ข้อมูลเผยแพร่ตามมาตรฐานอย่าง OCDS หรือไม่",
            "Өгөгдлийг OCDS зэрэг стандартаар нийтэлдэг үү?",
            "ຂໍ້ມູນຖືກເຜີຍແຜ່ຕາມມາດຕະຖານເຊັ່ນ OCDS ບໍ່?",
            "Os dados são publicados num padrão como o Open Contracting Data Standard?",
            "Dadus publika tuir padraun hanesan OCDS ka lae?",
        ),
    ),
    (
        "integration",
        "in-tax",
        (
            "Does the system check suppliers' tax status with the tax authority?",
            "시스템이 국세 당국과 공급자의 납세 상태를 확인합니까?",
            "Hệ thống có kiểm tra tình trạng thuế của nhà cung cấp với cơ quan thuế không?",
            "តើប្រព័ន្ធពិនិត្យស្ថានភាពពន្ធរបស់អ្នកផ្គត់ផ្គង់ជាមួយអាជ្ញាធរពន្ធដារទេ?",
            "Apakah sistem memeriksa status pajak penyedia dengan otoritas pajak?",
            "ระบบตรวจสอบสถานะภาษีของผู้ขายกับหน่วยงานภาษีหรือไม่",
            "Систем нийлүүлэгчийн татварын байдлыг татварын байгууллагаас шалгадаг уу?",
            "ລະບົບກວດສະຖານະອາກອນຂອງຜູ້ສະໜອງກັບອົງການອາກອນບໍ່?",
            "O sistema verifica a situação fiscal dos fornecedores junto da administração fiscal?",
            "Sistema haree estatutu impostu fornesedór nian ho autoridade impostu ka lae?",
        ),
    ),
    (
        "integration",
        "in-business",
        (
            "Does it read company details from the business registry?",
            "사업자 정보를 사업자 등록부에서 받아옵니까?",
            "Hệ thống có lấy thông tin doanh nghiệp từ cơ sở dữ liệu đăng ký kinh doanh không?",
            "តើវាអានព័ត៌មានក្រុមហ៊ុនពីបញ្ជីចុះឈ្មោះអាជីវកម្មទេ?",
            "Apakah sistem membaca data perusahaan dari registri usaha?",
            "ระบบดึงข้อมูลบริษัทจากทะเบียนธุรกิจหรือไม่",
            "Компанийн мэдээллийг бизнесийн бүртгэлээс авдаг уу?",
            "ລະບົບອ່ານຂໍ້ມູນບໍລິສັດຈາກທະບຽນວິສາຫະກິດບໍ່?",
            "O sistema obtém os dados das empresas do registo comercial?",
            "Sistema foti dadus kompañia husi rejistu negósiu ka lae?",
        ),
    ),
    (
        "integration",
        "in-payments",
        (
            "Does it exchange data with the government's budget and payment systems?",
            "정부의 예산·지급 시스템과 정보를 주고받습니까?",
            "Hệ thống có trao đổi dữ liệu với hệ thống ngân sách và thanh toán của nhà nước không?",
            "តើវាផ្លាស់ប្តូរទិន្នន័យជាមួយប្រព័ន្ធថវិកា និងការទូទាត់របស់រដ្ឋទេ?",
            "Apakah sistem bertukar data dengan sistem anggaran dan pembayaran pemerintah?",
            "ระบบแลกเปลี่ยนข้อมูลกับระบบงบประมาณและการจ่ายเงินของรัฐหรือไม่",
            "Төрийн төсөв, төлбөрийн системтэй мэдээлэл солилцдог уу?",
            "ລະບົບແລກປ່ຽນຂໍ້ມູນກັບລະບົບງົບປະມານ ແລະ ການຈ່າຍເງິນຂອງລັດບໍ່?",
            "O sistema troca dados com os sistemas de orçamento e pagamentos do Estado?",
            "Sistema troka dadus ho sistema orsamentu no pagamentu Estadu nian ka lae?",
        ),
    ),
]


def _translate(row, locale, **fields):
    existing = row.get_translation_or_none(locale)
    if existing is None:
        existing = row.copy_for_translation(locale)
    changed = existing.pk is None or any(getattr(existing, k) != v for k, v in fields.items())
    if changed:
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.save()
    return existing


@transaction.atomic
def load_assessment() -> int:
    """The questionnaire in every locale (idempotent); the number of rows in all languages."""
    locales = {
        code: Locale.objects.get(language_code=code)
        for code in LANGS
        if code in dict(settings.LANGUAGES)
    }
    source = locales[settings.LANGUAGE_CODE]
    others = [code for code in locales if code != settings.LANGUAGE_CODE]
    rows = 0
    for code, score, labels in LEVELS:
        label = dict(zip(LANGS, labels, strict=True))
        level, _ = AssessmentLevel.objects.update_or_create(
            code=code, locale=source, defaults={"label": label["en"], "score": score}
        )
        for lang in others:
            _translate(level, locales[lang], label=label[lang])
        rows += len(locales)
    topics = {t.slug: t for t in Topic.objects.filter(locale=source)}
    modules = {}
    for order, (code, indicators, topic, texts) in enumerate(MODULES):
        name, koneps, next_steps = texts["en"]
        module, _ = AssessmentModule.objects.update_or_create(
            code=code,
            locale=source,
            defaults={
                "name": name,
                "koneps": koneps,
                "next_steps": next_steps,
                "indicators": indicators,
                "topic": topics.get(topic),
                "sort_order": order,
            },
        )
        modules[code] = module
        for lang in others:
            name, koneps, next_steps = texts[lang]
            _translate(module, locales[lang], name=name, koneps=koneps, next_steps=next_steps)
        rows += len(locales)
    for order, (module_code, code, texts) in enumerate(QUESTIONS):
        text = dict(zip(LANGS, texts, strict=True))
        module = modules[module_code]
        question, _ = AssessmentQuestion.objects.update_or_create(
            code=code,
            locale=source,
            defaults={"module": module, "text": text["en"], "sort_order": order},
        )
        for lang in others:
            # The module of a translation is the module's translation in its locale.
            translated_module = module.get_translation(locales[lang])
            _translate(question, locales[lang], text=text[lang], module=translated_module)
        rows += len(locales)
    return rows
