"""Indonesian: the agency's own terms, drafted by the team (not reviewed)."""

# pillar code: (name, description)
PILLARS = {
    "legal": (
        "Kerangka hukum, regulasi dan kebijakan",
        "Pilar I MAPS: undang-undang, peraturan dan kebijakan yang mengatur pengadaan publik.",
    ),
    "institutional": (
        "Kerangka kelembagaan dan kapasitas manajemen",
        "Pilar II MAPS: bagaimana sistem diorganisasi, dikelola dan diisi tenaga.",
    ),
    "operations": (
        "Operasi pengadaan dan praktik pasar",
        "Pilar III MAPS: bagaimana pengadaan berjalan dalam praktik dan bagaimana pasar menanggapinya.",
    ),
    "integrity": (
        "Akuntabilitas, integritas dan transparansi",
        "Pilar IV MAPS: pengendalian, audit, pengaduan, masyarakat sipil dan antikorupsi.",
    ),
    "eprocurement": (
        "Pengadaan elektronik",
        "E-tendering, e-kontrak, e-pembayaran, e-katalog dan toko daring, pendaftaran penyedia "
        "dan data terbuka.",
    ),
}

# indicator code: (name, definition, unit)
INDICATORS = {
    "leg-law": (
        "Undang-undang pengadaan publik tunggal berlaku",
        "Satu undang-undang pokok mengatur pengadaan barang, pekerjaan konstruksi dan jasa oleh semua instansi publik.",
        "",
    ),
    "leg-methods": (
        "Metode pengadaan diatur dalam undang-undang",
        "Undang-undang menetapkan metode terbuka, terbatas dan langsung serta kapan masing-masing boleh dipakai.",
        "",
    ),
    "leg-advertising": (
        "Hari minimum pemasukan penawaran (tender terbuka)",
        "Jangka waktu terpendek yang diizinkan undang-undang antara pengumuman dan batas akhir penawaran.",
        "hari",
    ),
    "leg-complaints": (
        "Lembaga peninjau pengaduan yang independen",
        "Peserta tender dapat mengajukan banding ke lembaga yang independen dari instansi pengadaan.",
        "",
    ),
    "leg-sustainable": (
        "Kebijakan pengadaan berkelanjutan",
        "Kriteria lingkungan dan sosial menjadi bagian dari kebijakan pengadaan.",
        "",
    ),
    "leg-sme": (
        "Preferensi atau pencadangan untuk UMKM",
        "Aturan yang membantu usaha mikro, kecil dan menengah ikut serta.",
        "",
    ),
    "leg-gpa": (
        "Pihak pada Persetujuan Pengadaan Pemerintah WTO",
        "Negara tersebut merupakan pihak pada GPA WTO.",
        "",
    ),
    "leg-framework": (
        "Perjanjian kerangka diperbolehkan",
        "Undang-undang mengizinkan instansi memberikan perjanjian kerangka kepada satu atau lebih penyedia.",
        "",
    ),
    "inst-cpb": (
        "Ada lembaga pembelian terpusat",
        "Sebuah lembaga nasional membeli barang dan jasa umum untuk instansi publik lain.",
        "",
    ),
    "inst-regulator": (
        "Fungsi normatif/regulasi",
        "Sebuah lembaga bertanggung jawab atas kebijakan, regulasi dan pemantauan pengadaan.",
        "",
    ),
    "inst-staff": (
        "Pejabat pengadaan bersertifikat",
        "Staf pengadaan yang memiliki sertifikasi yang diakui.",
        "pejabat per 100 instansi",
    ),
    "inst-training": (
        "Jam pelatihan per pejabat pengadaan",
        "Rata-rata pelatihan tahunan yang diterima staf pengadaan.",
        "jam/tahun",
    ),
    "inst-stats": (
        "Statistik pengadaan nasional dipublikasikan",
        "Pemerintah menerbitkan statistik tahunan tentang pengadaan publik.",
        "",
    ),
    "inst-budget-link": (
        "Perencanaan pengadaan terkait anggaran",
        "Rencana pengadaan disusun dari anggaran yang telah disetujui.",
        "",
    ),
    "inst-share-gdp": (
        "Pengadaan publik sebagai bagian dari PDB",
        "Nilai pengadaan publik dibandingkan produk domestik bruto.",
        "%",
    ),
    "inst-description": (
        "Pengaturan pembelian terpusat",
        "Bagaimana pembelian terpusat diatur, dalam satu kalimat.",
        "",
    ),
    "ops-open-share": (
        "Kontrak yang diberikan melalui tender terbuka",
        "Porsi nilai kontrak yang diberikan melalui tender kompetitif terbuka.",
        "%",
    ),
    "ops-single-bid": (
        "Tender dengan satu penawar",
        "Porsi tender kompetitif yang hanya menerima satu penawaran.",
        "%",
    ),
    "ops-bidders": (
        "Rata-rata penawar per tender",
        "Jumlah rata-rata penawaran yang diterima per tender kompetitif.",
        "penawar",
    ),
    "ops-days-award": (
        "Hari dari pembukaan penawaran hingga penetapan pemenang",
        "Median waktu dari pembukaan penawaran hingga pemberian kontrak.",
        "hari",
    ),
    "ops-sme-share": (
        "Nilai kontrak yang dimenangkan UMKM",
        "Porsi nilai kontrak yang diberikan kepada usaha mikro, kecil dan menengah.",
        "%",
    ),
    "ops-payment-days": (
        "Hari untuk membayar penyedia",
        "Median waktu dari tagihan hingga pembayaran.",
        "hari",
    ),
    "ops-green-share": (
        "Tender dengan kriteria hijau",
        "Porsi tender yang memuat kriteria lingkungan.",
        "%",
    ),
    "ops-foreign": (
        "Penyedia asing boleh menawar",
        "Apakah perusahaan asing boleh ikut tender nasional.",
        "",
    ),
    "int-audit": (
        "Audit eksternal atas pengadaan",
        "Lembaga audit tertinggi mengaudit pengadaan secara berkala.",
        "",
    ),
    "int-debarment": (
        "Daftar hitam dipublikasikan",
        "Penyedia yang dilarang ikut kontrak publik diumumkan secara terbuka.",
        "",
    ),
    "int-complaint-days": (
        "Hari untuk memutus pengaduan",
        "Median waktu yang dibutuhkan lembaga peninjau untuk memutus pengaduan.",
        "hari",
    ),
    "int-complaints": (
        "Pengaduan per 1.000 tender",
        "Seberapa sering peserta tender memakai sistem pengaduan.",
        "per 1.000",
    ),
    "int-civil-society": (
        "Pemantauan oleh masyarakat sipil",
        "Masyarakat sipil dapat mengamati dan melaporkan pengadaan.",
        "",
    ),
    "int-conflict": (
        "Pernyataan benturan kepentingan",
        "Pejabat yang terlibat dalam pengadaan menyatakan benturan kepentingan.",
        "",
    ),
    "int-awards-published": (
        "Pemberian kontrak dipublikasikan",
        "Porsi pemberian kontrak yang rinciannya diterbitkan secara daring.",
        "%",
    ),
    "int-note": (
        "Ringkasan langkah integritas",
        "Langkah integritas utama, dalam satu kalimat.",
        "",
    ),
    "ep-system": (
        "Sistem pengadaan elektronik nasional beroperasi",
        "Sebuah sistem elektronik nasional dipakai untuk pengadaan publik.",
        "",
    ),
    "ep-launch": (
        "Tahun peluncuran sistem pengadaan elektronik",
        "Tahun sistem pengadaan elektronik nasional mulai beroperasi.",
        "",
    ),
    "ep-etender": ("Tender elektronik", "Penawaran dimasukkan dan dibuka secara elektronik.", ""),
    "ep-econtract": ("E-kontrak", "Kontrak ditandatangani dan dikelola secara elektronik.", ""),
    "ep-epayment": ("E-pembayaran", "Penyedia dibayar melalui sistem.", ""),
    "ep-ecatalogue": (
        "E-katalog / toko daring",
        "Instansi publik memesan dari katalog daring produk perjanjian kerangka.",
        "",
    ),
    "ep-supplier-reg": (
        "Pendaftaran penyedia secara daring",
        "Penyedia mendaftar sekali, secara daring, untuk semua tender publik.",
        "",
    ),
    "ep-open-data": (
        "Data kontrak terbuka dipublikasikan",
        "Data pengadaan diterbitkan dalam format yang dapat dibaca mesin, misalnya OCDS.",
        "",
    ),
    "ep-share": (
        "Nilai pengadaan melalui sistem elektronik",
        "Porsi nilai pengadaan publik yang diproses melalui sistem pengadaan elektronik.",
        "%",
    ),
    "ep-users": ("Penyedia terdaftar", "Penyedia yang terdaftar di sistem nasional.", "ribu"),
    "ep-mobile": (
        "Akses seluler ke sistem elektronik",
        "Penyedia dapat mengikuti tender dari aplikasi seluler.",
        "",
    ),
}

# value type: how values of that type are found
METHODOLOGY = {
    "boolean": "Ya bila teks hukum atau situs resmi menunjukkan fitur tersebut berjalan.",
    "number": "Angka resmi terbaru untuk tahun kalender; angka contoh hanya ilustrasi.",
    "percentage": "Porsi dari total nilai untuk tahun kalender, dari statistik resmi.",
    "category": "Penuh bila berlaku nasional dan wajib, Sebagian bila terbatas, Direncanakan bila baru diumumkan.",
    "text": "Uraian singkat dari sumber resmi.",
    "year": "Tahun kalender sistem mulai beroperasi secara nasional, dari situs resmi pengelolanya.",
}

TOPICS = {
    "e-procurement": "Pengadaan elektronik",
    "legal-framework": "Kerangka hukum",
    "integrity": "Integritas dan transparansi",
    "sme": "UMKM dan akses pasar",
    "sustainable": "Pengadaan berkelanjutan",
    "capacity-building": "Peningkatan kapasitas",
    "framework-agreements": "Perjanjian kerangka",
    "complaints": "Pengaduan dan peninjauan",
    "open-data": "Data terbuka",
    "quality-safety": "Mutu dan keselamatan",
    "oda": "Kerja sama pembangunan",
}

# concept: (term, definition)
GLOSSARY = {
    "e-procurement": (
        "pengadaan elektronik",
        "Melaksanakan pengadaan publik melalui sistem elektronik, dari pengumuman hingga pembayaran.",
    ),
    "e-tendering": (
        "tender elektronik",
        "Mengumumkan tender serta menerima dan membuka penawaran secara elektronik.",
    ),
    "e-contracting": (
        "kontrak elektronik",
        "Menandatangani dan mengelola kontrak publik secara elektronik.",
    ),
    "e-payment": (
        "pembayaran elektronik",
        "Membayar penyedia melalui sistem pengadaan elektronik.",
    ),
    "e-catalogue": (
        "katalog elektronik",
        "Katalog daring produk dari kontrak kerangka yang dapat dipesan oleh instansi publik.",
    ),
    "online-shopping-mall": (
        "toko daring pemerintah",
        "Pasar milik pemerintah tempat instansi publik membeli langsung barang yang sudah dikontrak.",
    ),
    "supplier-registration": (
        "pendaftaran penyedia",
        "Mendaftarkan perusahaan sekali agar dapat ikut serta dalam tender publik.",
    ),
    "open-contracting": (
        "data kontrak terbuka",
        "Menerbitkan data pengadaan dalam bentuk standar yang dapat dibaca mesin.",
    ),
    "digital-signature": (
        "tanda tangan digital",
        "Tanda tangan elektronik yang membuktikan siapa yang menandatangani penawaran atau kontrak.",
    ),
    "reverse-auction": (
        "lelang terbalik elektronik",
        "Peserta menurunkan harga secara daring dan langsung.",
    ),
    "public-procurement": (
        "pengadaan publik",
        "Pembelian barang, pekerjaan konstruksi dan jasa oleh instansi publik.",
    ),
    "open-tender": (
        "tender terbuka",
        "Prosedur di mana setiap penyedia yang berminat boleh menawar.",
    ),
    "restricted-tender": (
        "tender terbatas",
        "Hanya penyedia yang diundang atau lolos prakualifikasi yang boleh menawar.",
    ),
    "direct-contracting": (
        "penunjukan langsung",
        "Memberikan kontrak kepada satu penyedia tanpa persaingan, dalam kasus yang ditentukan.",
    ),
    "framework-agreement": (
        "perjanjian kerangka",
        "Perjanjian yang menetapkan syarat untuk pesanan selama suatu periode.",
    ),
    "multiple-award-schedule": (
        "kontrak multi-penyedia",
        "Kerangka dengan beberapa penyedia produk serupa, yang dapat dipilih oleh pembeli.",
    ),
    "central-purchasing-body": (
        "lembaga pembelian terpusat",
        "Instansi publik yang membeli atas nama instansi publik lain.",
    ),
    "procuring-entity": (
        "instansi pengadaan",
        "Instansi publik yang menjalankan pengadaan dan menandatangani kontrak.",
    ),
    "bidder": ("peserta tender", "Penyedia yang memasukkan penawaran dalam tender."),
    "bid-security": ("jaminan penawaran", "Jaminan bahwa peserta tidak akan menarik penawarannya."),
    "performance-security": (
        "jaminan pelaksanaan",
        "Jaminan bahwa penyedia akan melaksanakan kontrak.",
    ),
    "threshold": (
        "ambang batas",
        "Nilai kontrak yang di atasnya suatu prosedur atau publikasi tertentu berlaku.",
    ),
    "pre-qualification": (
        "prakualifikasi",
        "Memeriksa kemampuan penyedia sebelum mereka boleh menawar.",
    ),
    "evaluation-criteria": (
        "kriteria evaluasi",
        "Aturan untuk membandingkan penawaran dan memilih pemenang.",
    ),
    "meat": (
        "penawaran paling menguntungkan secara ekonomi",
        "Kontrak diberikan kepada penawaran dengan keseimbangan harga dan mutu terbaik.",
    ),
    "lowest-price": (
        "pemenang harga terendah",
        "Kontrak diberikan kepada penawaran yang memenuhi syarat dengan harga terendah.",
    ),
    "abnormally-low-bid": (
        "penawaran tidak wajar rendah",
        "Penawaran yang begitu murah sehingga pembeli harus bertanya apakah dapat dilaksanakan.",
    ),
    "tender-notice": ("pengumuman tender", "Pengumuman publik yang mengundang penawaran."),
    "bidding-documents": (
        "dokumen pemilihan",
        "Dokumen yang menjelaskan kepada peserta apa yang dibutuhkan dan bagaimana penawaran dinilai.",
    ),
    "contract-award": (
        "penetapan pemenang",
        "Keputusan memberikan kontrak kepada peserta yang menang.",
    ),
    "standstill-period": (
        "masa sanggah",
        "Jeda antara keputusan pemenang dan penandatanganan agar peserta yang kalah dapat mengajukan keberatan.",
    ),
    "bid-protest": ("sanggahan", "Keberatan resmi peserta terhadap keputusan pengadaan."),
    "review-body": (
        "lembaga peninjau independen",
        "Lembaga yang independen dari pembeli dan memutus pengaduan.",
    ),
    "debarment": ("daftar hitam", "Mengecualikan penyedia dari kontrak publik karena pelanggaran."),
    "conflict-of-interest": (
        "benturan kepentingan",
        "Kepentingan pribadi yang dapat memengaruhi keputusan pengadaan seorang pejabat.",
    ),
    "bid-rigging": (
        "persekongkolan tender",
        "Peserta bersekongkol menentukan siapa yang menang atau pada harga berapa.",
    ),
    "integrity-pact": (
        "pakta integritas",
        "Komitmen tertulis pembeli dan peserta untuk tidak menyuap atau bersekongkol.",
    ),
    "audit-trail": (
        "jejak audit",
        "Catatan setiap tindakan dalam pengadaan, disimpan untuk pengendalian dan audit.",
    ),
    "transparency": ("transparansi", "Membuka aturan, keputusan dan data pengadaan kepada publik."),
    "red-flag": (
        "tanda bahaya",
        "Pola dalam data pengadaan yang dapat menunjukkan kecurangan atau persekongkolan.",
    ),
    "supreme-audit-institution": (
        "lembaga pemeriksa keuangan tertinggi",
        "Lembaga nasional yang mengaudit belanja publik.",
    ),
    "value-for-money": (
        "nilai manfaat uang",
        "Hasil terbaik untuk uang yang dikeluarkan sepanjang umur suatu pembelian.",
    ),
    "life-cycle-costing": (
        "biaya siklus hidup",
        "Membandingkan penawaran berdasarkan total biaya kepemilikan, bukan hanya harga.",
    ),
    "green-procurement": (
        "pengadaan publik hijau",
        "Membeli barang dan jasa dengan dampak lingkungan yang lebih rendah.",
    ),
    "social-procurement": (
        "pengadaan yang bertanggung jawab sosial",
        "Memakai pengadaan untuk mendukung tujuan sosial seperti kerja yang layak.",
    ),
    "sme-participation": (
        "partisipasi UMKM",
        "Usaha mikro, kecil dan menengah ikut serta dalam tender publik.",
    ),
    "lots": (
        "pembagian paket",
        "Membagi kontrak besar menjadi beberapa bagian agar perusahaan kecil dapat menawar.",
    ),
    "innovation-procurement": (
        "pengadaan inovasi",
        "Membeli solusi baru, atau riset untuk mengembangkannya.",
    ),
    "market-analysis": ("analisis pasar", "Mempelajari penyedia dan harga sebelum pengadaan."),
    "procurement-plan": (
        "rencana pengadaan",
        "Daftar pembelian yang direncanakan untuk setahun, terkait dengan anggaran.",
    ),
    "contract-management": (
        "manajemen kontrak",
        "Mengawasi penyerahan, perubahan dan pembayaran setelah penandatanganan.",
    ),
    "inspection": (
        "pemeriksaan dan serah terima",
        "Memeriksa bahwa yang diserahkan sesuai kontrak sebelum diterima.",
    ),
    "quality-management": (
        "manajemen mutu",
        "Sistem yang memastikan barang dan pekerjaan memenuhi standar yang disyaratkan.",
    ),
    "safety-management": (
        "manajemen keselamatan pekerjaan umum",
        "Aturan dan pemeriksaan yang menjaga lokasi konstruksi dan produk tetap aman.",
    ),
    "fair-competition": (
        "persaingan sehat",
        "Perlakuan yang sama bagi peserta dan akses terbuka ke tender.",
    ),
    "gpa": (
        "Persetujuan Pengadaan Pemerintah",
        "Persetujuan WTO yang saling membuka pengadaan publik para pihaknya.",
    ),
    "maps": (
        "Metodologi Penilaian Sistem Pengadaan",
        "Alat internasional untuk menilai sistem pengadaan nasional.",
    ),
    "capacity-building": (
        "peningkatan kapasitas",
        "Pelatihan dan dukungan yang membantu lembaga melaksanakan pengadaan dengan baik.",
    ),
    "professionalisation": (
        "profesionalisasi",
        "Memperlakukan pengadaan sebagai profesi dengan keterampilan dan sertifikasi.",
    ),
    "oda": (
        "bantuan pembangunan resmi",
        "Bantuan pemerintah yang mendorong pembangunan negara mitra.",
    ),
    "country-system": (
        "penggunaan sistem negara",
        "Donor memakai aturan dan sistem pengadaan milik negara mitra.",
    ),
    "koneps": (
        "Sistem Pengadaan Elektronik Korea (KONEPS)",
        "Sistem pengadaan elektronik nasional Korea, dijalankan oleh PPS sejak 2002.",
    ),
    "single-window": (
        "satu pintu",
        "Satu portal tempat semua tender publik diumumkan dan diproses.",
    ),
    "emergency-procurement": (
        "pengadaan darurat",
        "Prosedur lebih cepat yang diizinkan dalam keadaan darurat yang diumumkan.",
    ),
}
