"""The summary of each policy document in the languages its files are offered in.

A file offered in a language is written in that language: a document whose
summary has no translation here gets its English file only.
"""

SUMMARY = {
    "kr-act-on-state-contracts": {
        "ko": "중앙정부가 계약을 체결하고 관리하는 방법을 정한 대한민국의 기본 법률입니다. "
        "입찰 참가 자격, 낙찰자 결정 방법, 계약 이행과 검사에 관한 원칙을 담고 있습니다.",
    },
    "kr-public-procurement-business-act": {
        "ko": "조달청을 통한 중앙조달의 근거가 되는 법률입니다. 수요기관이 필요한 물품과 "
        "시설공사를 조달청에 요청하는 절차와 조달청의 역할을 규정합니다.",
    },
    "kr-electronic-procurement-act": {
        "ko": "나라장터와 전자입찰·전자계약의 법적 근거입니다. 전자조달시스템의 구축과 운영, "
        "전자문서의 효력, 부정행위 방지에 관한 사항을 정합니다.",
    },
    "vn-law-on-bidding-2023": {
        "vi": "Luật quy định việc lựa chọn nhà thầu và nhà đầu tư tại Việt Nam, có hiệu lực "
        "từ ngày 1 tháng 1 năm 2024. Luật đặt ra các phương thức đấu thầu, yêu cầu đấu thầu "
        "qua mạng và trách nhiệm của chủ đầu tư.",
    },
    "vn-decree-24-2024": {
        "vi": "Nghị định hướng dẫn chi tiết việc lựa chọn nhà thầu theo Luật Đấu thầu năm 2023: "
        "hồ sơ mời thầu, tiêu chuẩn đánh giá, thời hạn và quy trình giải quyết kiến nghị.",
    },
    "id-perpres-16-2018": {
        "id": "Peraturan utama pengadaan barang/jasa pemerintah di Indonesia, diubah dengan "
        "Peraturan Presiden Nomor 12 Tahun 2021. Peraturan ini mengatur pelaku pengadaan, "
        "metode pemilihan penyedia, dan pengadaan secara elektronik.",
    },
    "koneps-case-study": {
        "ko": "샘플 사례연구: 나라장터가 입찰, 계약, 대금 지급을 어떻게 온라인으로 옮겼는지 "
        "단계별로 살펴봅니다. 도입 과정에서 얻은 교훈과 수요기관·공급자의 변화도 정리했습니다.",
        "vi": "Nghiên cứu tình huống mẫu: KONEPS đã đưa việc đấu thầu, ký hợp đồng và thanh "
        "toán lên mạng như thế nào. Tài liệu tóm tắt các bài học rút ra và thay đổi đối với "
        "cơ quan mua sắm cũng như nhà cung cấp.",
    },
    "policy-session-2023-presentation": {
        "ko": "샘플 발표자료: 공공조달의 품질·안전 관리와 공정한 경쟁 환경 조성에 관한 내용입니다.",
    },
    "vn-eproc-roadmap-report": {
        "vi": "Báo cáo mẫu về các giai đoạn của lộ trình mua sắm điện tử quốc gia: từ công khai "
        "thông tin mời thầu đến đấu thầu, ký hợp đồng và thanh toán qua mạng.",
    },
    "green-procurement-guideline": {
        "ko": "샘플 지침: 사무용품, 차량, 전자제품 등 흔히 구매하는 품목에 적용할 수 있는 환경 "
        "기준과 그 확인 방법을 제시합니다.",
        "vi": "Hướng dẫn mẫu: các tiêu chí môi trường cho những mặt hàng thường mua như văn "
        "phòng phẩm, xe cộ và thiết bị điện tử, cùng cách kiểm chứng.",
    },
    "sme-access-report": {
        "ko": "샘플 보고서: 여러 나라의 중소기업 공공조달 참여 지원 정책을 비교합니다.",
    },
    "complaints-review-guideline": {
        "vi": "Hướng dẫn mẫu về giải quyết kiến nghị trong đấu thầu: tính độc lập của cơ quan "
        "xem xét, thời hạn xử lý và các biện pháp khắc phục.",
    },
    "open-data-presentation": {
        "id": "Presentasi contoh tentang cara mempublikasikan tender dan hasil pemilihan "
        "penyedia sebagai data terbuka yang dapat dibaca mesin.",
    },
    "quality-safety-case-study": {
        "ko": "샘플 사례연구: 공공 시설공사의 검사, 검수, 현장 안전 점검 방법을 소개합니다.",
    },
    "mall-case-study": {
        "ko": "샘플 사례연구: 전자카탈로그와 단가계약으로 수요기관이 온라인에서 바로 주문하는 "
        "방식을 설명합니다.",
    },
}

# The document's title as printed on its file, in the file's language.
TITLE = {
    ("kr-act-on-state-contracts", "ko"): "국가를 당사자로 하는 계약에 관한 법률",
    ("kr-public-procurement-business-act", "ko"): "조달사업에 관한 법률",
    ("kr-electronic-procurement-act", "ko"): "전자조달의 이용 및 촉진에 관한 법률",
    ("vn-law-on-bidding-2023", "vi"): "Luật Đấu thầu số 22/2023/QH15",
    ("vn-decree-24-2024", "vi"): "Nghị định 24/2024/NĐ-CP hướng dẫn Luật Đấu thầu",
    ("id-perpres-16-2018", "id"): "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan "
    "Barang/Jasa Pemerintah",
    ("koneps-case-study", "ko"): "나라장터 사례연구",
    ("koneps-case-study", "vi"): "Nghiên cứu tình huống về KONEPS",
    ("policy-session-2023-presentation", "ko"): "2023년 주한 외교단 정책설명회 발표자료",
    ("vn-eproc-roadmap-report", "vi"): "Báo cáo lộ trình mua sắm điện tử",
    ("green-procurement-guideline", "ko"): "녹색 공공조달 지침",
    ("green-procurement-guideline", "vi"): "Hướng dẫn mua sắm công xanh",
    ("sme-access-report", "ko"): "중소기업의 공공조달 참여 비교 보고서",
    ("complaints-review-guideline", "vi"): "Hướng dẫn giải quyết kiến nghị trong đấu thầu",
    ("open-data-presentation", "id"): "Presentasi data pengadaan terbuka",
    ("quality-safety-case-study", "ko"): "공공 시설공사 품질·안전 관리 사례연구",
    ("mall-case-study", "ko"): "전자카탈로그와 온라인 쇼핑몰 사례연구",
}
