"""Each partner country's profile in that country's language: title, summary and
narrative, written by the team (draft translations, left at the default status).
Timor-Leste has two official languages, Portuguese and Tetum: its profile is in both."""

from .tree import para, section

_SAMPLE = ("legal", "complaints", "sustainable")

# (country code, language): (title, summary, introduction, [(topic, html)])
PARTNER_PROFILES = {
    ("KH", "km"): (
        "កម្ពុជា",
        "របៀបដែលលទ្ធកម្មសាធារណៈដំណើរការនៅកម្ពុជា និងប្រព័ន្ធ e-GP។",
        "តារាងសូចនាករខាងក្រោមទាញយកពីទិន្នន័យរបស់អាត្លាស។",
        [
            (
                "eprocurement",
                "ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុនៃកម្ពុជាដំណើរការប្រព័ន្ធ e-GP សម្រាប់លទ្ធកម្មសាធារណៈ។",
            )
        ],
    ),
    ("LA", "lo"): (
        "ລາວ",
        "ການຈັດຊື້ຈັດຈ້າງພາກລັດຢູ່ ສປປ ລາວ ດຳເນີນໄປແນວໃດ.",
        "ຕາຕະລາງຕົວຊີ້ວັດຂ້າງລຸ່ມນີ້ດຶງມາຈາກຂໍ້ມູນຂອງແອັດລາສ.",
        list(
            zip(
                _SAMPLE,
                [
                    "ຂໍ້ຄວາມຕົວຢ່າງ: ກົດໝາຍວ່າດ້ວຍການຈັດຊື້ຈັດຈ້າງພາກລັດກຳນົດໃຫ້ການປະມູນແບບເປີດກວ້າງ"
                    "ເປັນວິທີຫຼັກ, ພ້ອມທັງກຳນົດເພດານສຳລັບຂັ້ນຕອນທີ່ງ່າຍກວ່າ.",
                    "ຂໍ້ຄວາມຕົວຢ່າງ: ຜູ້ເຂົ້າຮ່ວມປະມູນສາມາດຮ້ອງທຸກຕໍ່ພາກສ່ວນຈັດຊື້ກ່ອນ, "
                    "ຈາກນັ້ນຈຶ່ງຮ້ອງທຸກຕໍ່ອົງການພິຈາລະນາຄຳຮ້ອງ.",
                    "ຂໍ້ຄວາມຕົວຢ່າງ: ນະໂຍບາຍເພື່ອສົ່ງເສີມວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ "
                    "ແລະ ເງື່ອນໄຂດ້ານສິ່ງແວດລ້ອມກຳລັງຖືກກະກຽມ.",
                ],
                strict=True,
            )
        ),
    ),
    ("TH", "th"): (
        "ประเทศไทย",
        "การจัดซื้อจัดจ้างภาครัฐในประเทศไทยดำเนินการอย่างไร",
        "ตารางตัวชี้วัดด้านล่างดึงมาจากข้อมูลของแอตลาส",
        list(
            zip(
                _SAMPLE,
                [
                    "ข้อความตัวอย่าง: กฎหมายว่าด้วยการจัดซื้อจัดจ้างภาครัฐกำหนดให้การประกวดราคาแบบเปิด"
                    "เป็นวิธีหลัก โดยมีวงเงินสำหรับวิธีที่ง่ายกว่า",
                    "ข้อความตัวอย่าง: ผู้ยื่นข้อเสนออุทธรณ์ต่อหน่วยงานผู้จัดซื้อก่อน "
                    "แล้วจึงอุทธรณ์ต่อคณะกรรมการพิจารณาอุทธรณ์",
                    "ข้อความตัวอย่าง: กำลังจัดทำนโยบายส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมและเกณฑ์ด้านสิ่งแวดล้อม",
                ],
                strict=True,
            )
        ),
    ),
    ("MN", "mn"): (
        "Монгол Улс",
        "Монгол Улсад төрийн худалдан авах ажиллагаа хэрхэн явагддаг вэ.",
        "Доорх үзүүлэлтийн хүснэгтүүдийг Атласын мэдээллээс авсан.",
        list(
            zip(
                _SAMPLE,
                [
                    "Жишээ текст: Төрийн худалдан авах ажиллагааны хууль нээлттэй тендерийг үндсэн "
                    "арга болгож, хялбаршуулсан журмын босго үнийг тогтооно.",
                    "Жишээ текст: Оролцогч эхлээд захиалагчид, дараа нь хяналтын байгууллагад "
                    "гомдол гаргаж болно.",
                    "Жишээ текст: Жижиг, дунд үйлдвэрийг дэмжих болон ногоон шалгуурын бодлогыг "
                    "боловсруулж байна.",
                ],
                strict=True,
            )
        ),
    ),
    ("ID", "id"): (
        "Indonesia",
        "Cara kerja pengadaan publik di Indonesia, dengan sistem SPSE yang dijalankan melalui LPSE.",
        "Tabel indikator di bawah ini diambil dari data Atlas.",
        [
            (
                "eprocurement",
                "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP) menyediakan aplikasi "
                "e-tendering SPSE, yang dijalankan oleh layanan pengadaan secara elektronik (LPSE) "
                "di seluruh instansi pemerintah.",
            )
        ],
    ),
    ("VN", "vi"): (
        "Việt Nam",
        "Hệ thống mua sắm công của Việt Nam và Hệ thống mạng đấu thầu quốc gia.",
        "Các bảng chỉ số dưới đây lấy từ dữ liệu của Atlas.",
        [
            (
                "eprocurement",
                "Hệ thống mạng đấu thầu quốc gia (VNEPS) do Bộ Kế hoạch và Đầu tư vận hành tại "
                "muasamcong.mpi.gov.vn.",
            ),
            ("legal", "Hoạt động đấu thầu được điều chỉnh bởi Luật Đấu thầu số 22/2023/QH15."),
        ],
    ),
    ("TL", "pt"): (
        "Timor-Leste",
        "Como funciona a contratação pública em Timor-Leste, com o portal nacional de "
        "aprovisionamento eletrónico.",
        "Os quadros de indicadores abaixo vêm dos dados do Atlas.",
        [
            (
                "eprocurement",
                "Os concursos públicos de Timor-Leste são publicados no portal nacional de "
                "aprovisionamento eletrónico, eprocurement.gov.tl.",
            ),
            (
                "legal",
                "Texto de exemplo: o regime jurídico do aprovisionamento faz do concurso público o "
                "procedimento normal e fixa limiares para os procedimentos mais simples.",
            ),
        ],
    ),
    ("TL", "tet"): (
        "Timor-Leste",
        "Oinsá aprovizionamentu públiku la'o iha Timor-Leste, ho portál nasionál "
        "aprovizionamentu eletróniku.",
        "Tabela indikadór sira iha okos mai husi dadus Atlas nian.",
        [
            (
                "eprocurement",
                "Konkursu públiku Timor-Leste nian publika iha portál nasionál aprovizionamentu "
                "eletróniku, eprocurement.gov.tl.",
            ),
            (
                "legal",
                "Testu ezemplu: rejime jurídiku aprovizionamentu nian halo konkursu públiku sai "
                "prosedimentu normál no define limiar ba prosedimentu simples liu.",
            ),
        ],
    ),
}


def partner_body(intro: str, sections: list) -> list:
    return [
        para(f"<p>{intro}</p>"),
        *(section(topic, f"<p>{html}</p>") for topic, html in sections),
    ]
