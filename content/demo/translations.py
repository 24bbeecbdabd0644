"""The home page in every locale, so each language has at least its front door
translated (issue 5); pages not translated here fall back visibly to English.

Applied only to a translation that still holds the English text, so a page
translated since (in the editor or by PO import) is never overwritten.
"""

from .site import HOME_TITLE

HOME = {
    "ko": (
        "조달 아틀라스",
        "아시아·태평양 지역의 공공조달은 어떻게 운영될까요? 조달청이 정책 문서, 국가별 "
        "조달 제도 비교, ODA 사업 자료와 안내서를 나눕니다.",
    ),
    "vi": (
        "Atlas Mua sắm công",
        "Mua sắm công vận hành thế nào trên khắp châu Á – Thái Bình Dương: văn bản chính sách, "
        "so sánh song song các hệ thống quốc gia, tài liệu chương trình ODA và hướng dẫn, "
        "do Cục Mua sắm Công Hàn Quốc chia sẻ.",
    ),
    "km": (
        "អាត្លាសលទ្ធកម្ម",
        "របៀបដែលលទ្ធកម្មសាធារណៈដំណើរការនៅទូទាំងតំបន់អាស៊ីប៉ាស៊ីហ្វិក៖ ឯកសារគោលនយោបាយ "
        "ការប្រៀបធៀបប្រព័ន្ធជាតិនានា ឯកសារកម្មវិធី ODA និងសៀវភៅណែនាំ "
        "ដែលចែករំលែកដោយសេវាលទ្ធកម្មសាធារណៈនៃប្រទេសកូរ៉េ។",
    ),
    "id": (
        "Atlas Pengadaan",
        "Cara kerja pengadaan publik di seluruh Asia dan Pasifik: dokumen kebijakan, "
        "perbandingan sistem nasional secara berdampingan, materi program ODA dan panduan, "
        "dibagikan oleh Badan Pengadaan Publik Korea.",
    ),
    "th": (
        "แอตลาสการจัดซื้อจัดจ้าง",
        "การจัดซื้อจัดจ้างภาครัฐในเอเชียและแปซิฟิกทำงานอย่างไร: เอกสารนโยบาย "
        "การเปรียบเทียบระบบของแต่ละประเทศแบบเคียงข้างกัน เอกสารโครงการ ODA และคู่มือ "
        "ที่สำนักงานบริการจัดซื้อจัดจ้างภาครัฐของเกาหลีแบ่งปัน",
    ),
    "mn": (
        "Худалдан авалтын атлас",
        "Ази, Номхон далайн бүс нутагт төрийн худалдан авалт хэрхэн явагддаг вэ: бодлогын "
        "баримт бичиг, улс орнуудын тогтолцооны харьцуулалт, ODA хөтөлбөрийн материал, гарын "
        "авлагыг Солонгосын Төрийн худалдан авах ажиллагааны газар хуваалцаж байна.",
    ),
    "lo": (
        "ແອັດລາສການຈັດຊື້ຈັດຈ້າງ",
        "ການຈັດຊື້ຈັດຈ້າງພາກລັດດຳເນີນໄປແນວໃດທົ່ວອາຊີ ແລະ ປາຊີຟິກ: ເອກະສານນະໂຍບາຍ, "
        "ການປຽບທຽບລະບົບຂອງແຕ່ລະປະເທດ, ເອກະສານໂຄງການ ODA ແລະ ຄູ່ມື "
        "ທີ່ແບ່ງປັນໂດຍອົງການບໍລິການຈັດຊື້ຈັດຈ້າງສາທາລະນະຂອງເກົາຫຼີ.",
    ),
}


def translate_home_pages(homes: dict) -> int:
    """Give each locale's home page its title and introduction; returns how many changed."""
    changed = 0
    for code, (title, intro) in HOME.items():
        page = homes.get(code)
        if page is None or page.title != HOME_TITLE:
            continue
        page.title, page.intro = title, intro
        page.save_revision().publish()
        changed += 1
    return changed
