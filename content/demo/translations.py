"""The home page in every locale, so each language has at least its front door
translated (issue 5); pages not translated here fall back visibly to English.

Applied only to a translation that still holds the English text, so a page
translated since (in the editor or by PO import) is never overwritten.
"""

from wagtail.models import Locale

from .guide_texts import GUIDE_TEXT, PUBLISHER
from .partner_profiles import PARTNER_PROFILES, partner_body
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
    "pt": (
        "Atlas da Contratação Pública",
        "Como funciona a contratação pública na Ásia e no Pacífico: documentos de política, "
        "comparações lado a lado dos sistemas nacionais, materiais de programas de APD e guias, "
        "partilhados pelo Serviço de Contratação Pública da Coreia.",
    ),
    "tet": (
        "Atlas Aprovizionamentu Públiku",
        "Oinsá aprovizionamentu públiku la'o iha Ázia no Pasífiku: dokumentu polítika, "
        "komparasaun ba sistema nasionál sira lado-ba-lado, materiál programa APD nian no "
        "matadalan, ne'ebé Servisu Aprovizionamentu Públiku Koreia nian fahe.",
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


# Guides translated into Korean and Vietnamese: slug -> {language: (title, summary)}.
# (Those in guide_texts.GUIDE_TEXT are translated in full, into every locale.)
GUIDES = {
    "koneps-for-foreign-suppliers": {
        "ko": (
            "나라장터 이용 안내: 해외 공급자를 위한 가이드",
            "한국의 국가종합전자조달시스템(나라장터)에 등록하고 입찰 공고를 찾아 입찰하는 방법.",
        ),
        "vi": (
            "Sử dụng KONEPS: hướng dẫn cho nhà cung cấp nước ngoài",
            "Cách đăng ký, tìm gói thầu và dự thầu trên hệ thống của Hàn Quốc.",
        ),
    },
    "framework-agreements": {
        "ko": (
            "다수공급자 단가계약",
            "다수공급자계약을 언제 활용하고 어떻게 운영하는가.",
        ),
        "vi": (
            "Thỏa thuận khung với nhiều nhà cung cấp",
            "Khi nào nên dùng hợp đồng trao cho nhiều nhà thầu và cách vận hành.",
        ),
    },
}

# A country profile's summary, from the country's name in that language and the
# short name of its e-procurement system (if the profile names one).
PROFILE_SUMMARY = {
    "ko": (
        "{name}의 공공조달 운영 방식을 소개합니다.",
        "{name}의 공공조달 운영 방식과 전자조달시스템({system})을 소개합니다.",
    ),
    "vi": (
        "Mua sắm công vận hành thế nào tại {name}.",
        "Mua sắm công vận hành thế nào tại {name}, nơi có hệ thống {system}.",
    ),
}
SYSTEM_NAME = {"ko": {"KONEPS": "나라장터"}}


def _translate(page, locale, **fields) -> bool:
    """Publish `fields` on the page's translation, creating it if needed; only while the
    translation still holds the English text, so later human edits win."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    elif any(getattr(translation, name) != getattr(page, name) for name in fields):
        return False  # translated already (some names, e.g. Fiji, are the same in vi)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return True


def translate_profiles_and_guides(profiles, guides: dict) -> int:
    """Country profiles (title and summary) and the main guides in Korean and Vietnamese."""
    changed = 0
    for code in ("ko", "vi"):
        locale = Locale.objects.get(language_code=code)
        for page in profiles:
            country = page.country.get_translation_or_none(locale) or page.country
            system = page.eproc_system_name.split(" (")[0]
            system = SYSTEM_NAME.get(code, {}).get(system, system)
            plain, with_system = PROFILE_SUMMARY[code]
            summary = (with_system if system else plain).format(name=country.name, system=system)
            changed += _translate(page, locale, title=country.name, summary=summary)
        for slug, languages in GUIDES.items():
            if slug in guides:
                title, summary = languages[code]
                changed += _translate(guides[slug], locale, title=title, summary=summary)
    return changed


# The sections partner-country content lives under, in the locales INDEXES lacks.
INDEX_TITLES = {
    "countries": {
        "km": "ទម្រង់ប្រទេស",
        "id": "Profil negara",
        "th": "ข้อมูลประเทศ",
        "mn": "Улс орнуудын танилцуулга",
        "lo": "ຂໍ້ມູນປະເທດ",
        "pt": "Perfis dos países",
        "tet": "Perfíl nasaun sira",
    },
    "guides": {
        "km": "បណ្ណាល័យសៀវភៅណែនាំ",
        "id": "Perpustakaan panduan",
        "th": "คลังคู่มือ",
        "mn": "Гарын авлагын сан",
        "lo": "ຫ້ອງສະໝຸດຄູ່ມື",
        "pt": "Biblioteca de guias",
        "tet": "Biblioteka matadalan",
    },
    "oda": {
        "km": "កម្មវិធី ODA",
        "id": "Program ODA",
        "th": "โครงการ ODA",
        "mn": "ODA хөтөлбөрүүд",
        "lo": "ໂຄງການ ODA",
        "pt": "Programas de APD",
        "tet": "Programa APD",
    },
}


def _locales(codes) -> dict:
    """The locales among `codes` that this site has (pt and tet arrive by settings)."""
    return {loc.language_code: loc for loc in Locale.objects.filter(language_code__in=codes)}


def translate_partner_content(indexes: dict, profiles, guides: dict) -> int:
    """Section indexes, each partner country's profile in its own language, and the
    guides of GUIDE_TEXT in every locale they are written in."""
    changed = 0
    for slug, titles in INDEX_TITLES.items():
        for code, locale in _locales(titles).items():
            changed += _translate(indexes[slug], locale, title=titles[code])
    by_country = {page.country.code: page for page in profiles}
    languages = _locales({language for _country, language in PARTNER_PROFILES})
    for (country, code), (title, summary, intro, sections) in PARTNER_PROFILES.items():
        if country in by_country and code in languages:
            changed += _translate(
                by_country[country],
                languages[code],
                title=title,
                summary=summary,
                body=partner_body(intro, sections),
            )
    for slug, texts in GUIDE_TEXT.items():
        for code, locale in _locales(set(texts) - {"en"}).items():
            title, summary, paragraphs = texts[code]
            changed += _translate(
                guides[slug],
                locale,
                title=title,
                summary=summary,
                publisher=PUBLISHER[code],
                body=[{"type": "paragraph", "value": f"<p>{p}</p>"} for p in paragraphs],
            )
    return changed
