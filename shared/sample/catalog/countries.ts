import type { Bilingual } from '../../model/primitives';
import type { Rng } from '../random';
import type { SectorKey } from './sectors';

/** `[English, 中文]` pairs. */
export type EnZh = readonly [string, string];

/** A legal form: `en` has `{}` where the name goes (`PT {}`, `{} Co., Ltd.`); `zh` is appended. */
export interface CompanyForm {
  en: string;
  zh: string;
}

export interface CountryDef {
  code: string;
  name: Bilingual;
  /** Share of exhibitors from this country (China takes the rest). */
  share: number;
  /** ASEAN members get a country pavilion. */
  pavilion: { name: Bilingual; color: string } | null;
  brands: readonly EnZh[];
  forms: readonly CompanyForm[];
  /** Domain ending for websites and e-mail, e.g. `co.th`. */
  tld: string;
  person(rng: Rng): string;
  phone(rng: Rng): string;
}

/** Sector words for non-Chinese company names, with their usual Chinese rendering and a domain stem. */
export const INTL_TAILS: Record<SectorKey, readonly (readonly [string, string, string])[]> = {
  'artificial-intelligence': [['AI Solutions', '人工智能解决方案', 'ai'], ['Smart Systems', '智能系统', 'smart'], ['Vision AI', '视觉智能', 'vision']],
  robotics: [['Smart Robotics', '智能机器人', 'robotics'], ['Automation', '自动化', 'automation']],
  'medical-devices': [['MedTech', '医疗科技', 'medtech'], ['Medical Devices', '医疗器械', 'medical']],
  biotech: [['Life Sciences', '生命科学', 'lifesci'], ['Biotech', '生物科技', 'bio'], ['Herbal Health', '草本健康', 'herbal']],
  'health-care': [['Healthcare', '医疗保健', 'health'], ['Wellness', '康养', 'wellness']],
  software: [['Software', '软件', 'soft'], ['Digital Solutions', '数字解决方案', 'digital']],
  'cloud-data': [['Data Systems', '数据系统', 'data'], ['Cloud Services', '云服务', 'cloud']],
  fintech: [['Fintech', '金融科技', 'fintech'], ['Digital Payments', '数字支付', 'pay']],
  'e-commerce': [['E-commerce', '电子商务', 'shop'], ['Trade Link', '贸易链', 'trade']],
  'new-energy': [['Green Energy', '绿色能源', 'energy'], ['Solar', '太阳能', 'solar']],
  environment: [['Eco Solutions', '环保解决方案', 'eco'], ['Water Technology', '水务科技', 'water']],
  'smart-manufacturing': [['Precision Engineering', '精密工程', 'precision'], ['Industrial Technology', '工业科技', 'industrial']],
  semiconductors: [['Semiconductor', '半导体', 'semi'], ['Electronics', '电子', 'electronics']],
  'new-energy-vehicles': [['EV Mobility', '电动出行', 'ev'], ['Electric Motors', '电动车辆', 'motors']],
  telecom: [['Telecom', '电信', 'telecom'], ['Networks', '网络', 'net']],
  agritech: [['Agritech', '农业科技', 'agri'], ['Agro Industries', '农业产业', 'agro']],
  'smart-city': [['Smart City', '智慧城市', 'smartcity'], ['Urban Systems', '城市系统', 'urban']],
  'low-altitude': [['Drone Technology', '无人机科技', 'drone'], ['Aerial Systems', '航空系统', 'aero']],
};

const firstLast = (first: readonly string[], last: readonly string[]) => (rng: Rng) => `${rng.pick(first)} ${rng.pick(last)}`;

const groups = (rng: Rng, ...sizes: number[]) => sizes.map((n) => rng.digits(n)).join(' ');

export const COUNTRIES: readonly CountryDef[] = [
  {
    code: 'TH',
    name: { zh: '泰国', en: 'Thailand' },
    share: 0.06,
    pavilion: { name: { zh: '泰国馆', en: 'Thailand Pavilion' }, color: '#e4b429' },
    brands: [['Siam', '暹罗'], ['Chao Phraya', '湄南河'], ['Lanna', '兰纳'], ['Andaman', '安达曼'], ['Rattana', '拉达纳'], ['Sukhothai', '素可泰'], ['Ayutthaya', '大城'], ['Isan', '伊桑'], ['Thai Star', '泰星'], ['Golden Elephant', '金象']],
    forms: [{ en: '{} Co., Ltd.', zh: '有限公司' }, { en: '{} Public Company Limited', zh: '大众有限公司' }],
    tld: 'co.th',
    person: firstLast(['Somchai', 'Nattapong', 'Siriporn', 'Kanokwan', 'Anan', 'Pimchanok', 'Thanawat', 'Wichai', 'Araya', 'Chaiyaporn', 'Supaporn', 'Kittisak'], ['Srisuk', 'Wongsawat', 'Chaiyasit', 'Rattanakorn', 'Suwannarat', 'Boonmee', 'Thongchai', 'Saetang', 'Phromma', 'Jaidee']),
    phone: (rng) => (rng.chance(0.5) ? `+66 2 ${groups(rng, 3, 4)}` : `+66 8${rng.int(1, 9)} ${groups(rng, 3, 4)}`),
  },
  {
    code: 'VN',
    name: { zh: '越南', en: 'Vietnam' },
    share: 0.06,
    pavilion: { name: { zh: '越南馆', en: 'Vietnam Pavilion' }, color: '#d9453b' },
    brands: [['Hồng Hà', '红河'], ['Sài Gòn', '西贡'], ['Mê Kông', '湄公'], ['Việt Tiến', '越进'], ['An Phát', '安发'], ['Thành Công', '成功'], ['Đông Á', '东亚'], ['Hoàng Long', '黄龙'], ['Phú Quốc', '富国'], ['Trường Sơn', '长山'], ['Hà Thành', '河城'], ['Bình Minh', '黎明']],
    forms: [{ en: '{} Joint Stock Company', zh: '股份公司' }, { en: '{} Company Limited', zh: '有限责任公司' }],
    tld: 'com.vn',
    person: (rng) =>
      `${rng.pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'])} ${rng.pick(['Văn', 'Thị', 'Minh', 'Quốc', 'Thu', 'Đức', 'Hoài', 'Ngọc'])} ${rng.pick(['An', 'Bảo', 'Hương', 'Lan', 'Tuấn', 'Dũng', 'Hải', 'Linh', 'Trang', 'Phương', 'Khánh', 'Thảo'])}`,
    phone: (rng) => (rng.chance(0.5) ? `+84 ${rng.pick(['24', '28'])} ${groups(rng, 4, 4)}` : `+84 9${rng.int(0, 8)} ${groups(rng, 3, 2, 2)}`),
  },
  {
    code: 'MY',
    name: { zh: '马来西亚', en: 'Malaysia' },
    share: 0.05,
    pavilion: { name: { zh: '马来西亚馆', en: 'Malaysia Pavilion' }, color: '#2c5fa8' },
    brands: [['Petaling', '八打灵'], ['Selangor', '雪兰莪'], ['Penang', '槟城'], ['Malaya', '马来亚'], ['Johor', '柔佛'], ['Kinabalu', '京那巴鲁'], ['Melaka', '马六甲'], ['Putra', '布特拉'], ['Cahaya', '光明'], ['Harimau', '猛虎']],
    forms: [{ en: '{} Sdn. Bhd.', zh: '有限公司' }, { en: '{} Berhad', zh: '股份有限公司' }],
    tld: 'com.my',
    person: (rng) =>
      rng.weighted<() => string>([
        [() => `${rng.pick(['Ahmad', 'Muhammad', 'Hafiz', 'Azlan', 'Faizal'])} bin ${rng.pick(['Ismail', 'Abdullah', 'Rahman', 'Hassan', 'Yusof'])}`, 3],
        [() => `${rng.pick(['Siti', 'Nurul', 'Aisyah', 'Faridah'])} binti ${rng.pick(['Ismail', 'Abdullah', 'Rahman', 'Hassan', 'Yusof'])}`, 2],
        [() => `${rng.pick(['Tan', 'Lim', 'Wong', 'Lee', 'Ng'])} ${rng.pick(['Wei Ming', 'Mei Ling', 'Kar Heng', 'Chee Keong', 'Siew Lan'])}`, 3],
        [() => `${rng.pick(['Raj', 'Suresh', 'Priya', 'Kavitha'])} ${rng.pick(['Subramaniam', 'Ramasamy', 'Krishnan'])}`, 1],
      ])(),
    phone: (rng) => (rng.chance(0.5) ? `+60 3-${groups(rng, 4, 4)}` : `+60 1${rng.int(2, 9)}-${groups(rng, 3, 4)}`),
  },
  {
    code: 'ID',
    name: { zh: '印度尼西亚', en: 'Indonesia' },
    share: 0.045,
    pavilion: { name: { zh: '印度尼西亚馆', en: 'Indonesia Pavilion' }, color: '#c8102e' },
    brands: [['Nusantara', '努山塔拉'], ['Garuda', '神鹰'], ['Java', '爪哇'], ['Surabaya', '泗水'], ['Bandung', '万隆'], ['Bali', '巴厘'], ['Sumatra', '苏门答腊'], ['Borobudur', '婆罗浮屠'], ['Merdeka', '默迪卡'], ['Cendana', '檀香']],
    forms: [{ en: 'PT {}', zh: '有限公司' }, { en: 'PT {} Tbk', zh: '股份有限公司' }],
    tld: 'co.id',
    person: firstLast(['Budi', 'Dewi', 'Agus', 'Sri', 'Rizky', 'Putri', 'Andi', 'Indah', 'Hendra', 'Wulan'], ['Santoso', 'Lestari', 'Wijaya', 'Saputra', 'Hidayat', 'Kurniawan', 'Pratama', 'Setiawan']),
    phone: (rng) => (rng.chance(0.5) ? `+62 21 ${groups(rng, 4, 4)}` : `+62 81${rng.int(1, 9)} ${groups(rng, 4, 4)}`),
  },
  {
    code: 'SG',
    name: { zh: '新加坡', en: 'Singapore' },
    share: 0.04,
    pavilion: { name: { zh: '新加坡馆', en: 'Singapore Pavilion' }, color: '#e0607e' },
    brands: [['Merlion', '鱼尾狮'], ['Straits', '海峡'], ['Marina', '滨海'], ['Orchard', '乌节'], ['Lion City', '狮城'], ['Sentosa', '圣淘沙'], ['Kallang', '加冷'], ['Harbourfront', '港湾'], ['Jurong', '裕廊'], ['Tanjong', '丹戎']],
    forms: [{ en: '{} Pte. Ltd.', zh: '私人有限公司' }],
    tld: 'com.sg',
    person: (rng) =>
      rng.chance(0.6)
        ? `${rng.pick(['Lim', 'Tan', 'Ng', 'Goh', 'Chua', 'Teo'])} ${rng.pick(['Jia Hui', 'Wei Jie', 'Hui Min', 'Zhi Hao', 'Xin Yi'])}`
        : `${rng.pick(['Daniel', 'Rachel', 'Priya', 'Farhan', 'Michelle', 'Kumar'])} ${rng.pick(['Tan', 'Lee', 'Nair', 'Rahman', 'Wong'])}`,
    phone: (rng) => `+65 ${rng.pick(['6', '8', '9'])}${rng.digits(3)} ${rng.digits(4)}`,
  },
  {
    code: 'PH',
    name: { zh: '菲律宾', en: 'Philippines' },
    share: 0.025,
    pavilion: { name: { zh: '菲律宾馆', en: 'Philippines Pavilion' }, color: '#1f4fa0' },
    brands: [['Manila', '马尼拉'], ['Luzon', '吕宋'], ['Visayas', '米沙鄢'], ['Mindanao', '棉兰老'], ['Cebu', '宿务'], ['Pasig', '帕西格'], ['Bayanihan', '巴亚尼汉'], ['Maharlika', '马哈利卡'], ['Davao', '达沃']],
    forms: [{ en: '{} Inc.', zh: '公司' }, { en: '{} Corporation', zh: '股份公司' }],
    tld: 'com.ph',
    person: firstLast(['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'Paolo', 'Jasmine', 'Ramon'], ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Aquino']),
    phone: (rng) => (rng.chance(0.5) ? `+63 2 ${groups(rng, 4, 4)}` : `+63 9${rng.digits(2)} ${groups(rng, 3, 4)}`),
  },
  {
    code: 'KH',
    name: { zh: '柬埔寨', en: 'Cambodia' },
    share: 0.015,
    pavilion: { name: { zh: '柬埔寨馆', en: 'Cambodia Pavilion' }, color: '#3a6fb7' },
    brands: [['Angkor', '吴哥'], ['Khmer', '高棉'], ['Phnom Penh', '金边'], ['Tonle Sap', '洞里萨'], ['Siem Reap', '暹粒'], ['Kampot', '贡布'], ['Apsara', '阿普萨拉']],
    forms: [{ en: '{} Co., Ltd.', zh: '有限公司' }],
    tld: 'com.kh',
    person: firstLast(['Sok', 'Chan', 'Vannak', 'Sophea', 'Dara', 'Bopha', 'Rithy', 'Sreymom'], ['Dara', 'Sophea', 'Chea', 'Heng', 'Kim', 'Meas', 'Sok', 'Pich']),
    phone: (rng) => `+855 ${rng.pick(['23', '12', '17'])} ${groups(rng, 3, 3)}`,
  },
  {
    code: 'LA',
    name: { zh: '老挝', en: 'Laos' },
    share: 0.012,
    pavilion: { name: { zh: '老挝馆', en: 'Laos Pavilion' }, color: '#b8282f' },
    brands: [['Vientiane', '万象'], ['Lao', '老挝'], ['Champa', '占巴'], ['Luang Prabang', '琅勃拉邦'], ['Savan', '沙湾'], ['Pakse', '巴色']],
    forms: [{ en: '{} Sole Co., Ltd.', zh: '独资有限公司' }, { en: '{} Co., Ltd.', zh: '有限公司' }],
    tld: 'la',
    person: firstLast(['Souksavanh', 'Keo', 'Bounmy', 'Phonesavanh', 'Vilay', 'Noy'], ['Phommachanh', 'Sengdara', 'Vongsa', 'Inthavong', 'Sisouphanh']),
    phone: (rng) => `+856 21 ${groups(rng, 3, 3)}`,
  },
  {
    code: 'MM',
    name: { zh: '缅甸', en: 'Myanmar' },
    share: 0.012,
    pavilion: { name: { zh: '缅甸馆', en: 'Myanmar Pavilion' }, color: '#2e9b4f' },
    brands: [['Yangon', '仰光'], ['Irrawaddy', '伊洛瓦底'], ['Golden Land', '金色大地'], ['Mandalay', '曼德勒'], ['Shwe', '瑞'], ['Bagan', '蒲甘'], ['Inle', '茵莱']],
    forms: [{ en: '{} Co., Ltd.', zh: '有限公司' }, { en: '{} Company Limited', zh: '有限责任公司' }],
    tld: 'com.mm',
    person: (rng) => `${rng.pick(['Aung', 'Thiri', 'Kyaw', 'Su', 'Zaw', 'Hnin'])} ${rng.pick(['Kyaw Min', 'Win', 'Myat Noe', 'Htet', 'Thant', 'Lwin'])}`,
    phone: (rng) => `+95 1 ${groups(rng, 3, 4)}`,
  },
  {
    code: 'BN',
    name: { zh: '文莱', en: 'Brunei' },
    share: 0.006,
    pavilion: { name: { zh: '文莱馆', en: 'Brunei Pavilion' }, color: '#c9a227' },
    brands: [['Seri', '斯里'], ['Kiulap', '基乌拉'], ['Darussalam', '达鲁萨兰'], ['Mentari', '明达利'], ['Tutong', '都东'], ['Borneo', '婆罗洲']],
    forms: [{ en: '{} Sdn. Bhd.', zh: '有限公司' }],
    tld: 'com.bn',
    person: (rng) => `${rng.pick(['Haji Mohd', 'Awang', 'Dayang', 'Pengiran'])} ${rng.pick(['Yusof', 'Nurul Aini', 'Hamdan', 'Zainal', 'Siti Aminah'])}`,
    phone: (rng) => `+673 ${rng.pick(['2', '7', '8'])}${rng.digits(2)} ${rng.digits(4)}`,
  },
  {
    code: 'JP',
    name: { zh: '日本', en: 'Japan' },
    share: 0.01,
    pavilion: null,
    brands: [['Sakura', '樱花'], ['Fuji', '富士'], ['Kansai', '关西'], ['Hokuto', '北斗'], ['Midori', '绿'], ['Kaze', '风']],
    forms: [{ en: '{} Co., Ltd.', zh: '株式会社' }, { en: '{} Corporation', zh: '株式会社' }],
    tld: 'co.jp',
    person: firstLast(['Kenji', 'Yuki', 'Hiroshi', 'Aiko', 'Takumi', 'Naomi'], ['Takahashi', 'Sato', 'Suzuki', 'Tanaka', 'Watanabe', 'Ito']),
    phone: (rng) => `+81 3-${rng.digits(4)}-${rng.digits(4)}`,
  },
  {
    code: 'KR',
    name: { zh: '韩国', en: 'South Korea' },
    share: 0.01,
    pavilion: null,
    brands: [['Hanbit', '韩光'], ['Daehan', '大韩'], ['Hanul', '天空'], ['Saebom', '新春'], ['Mirae', '未来'], ['Busan', '釜山']],
    forms: [{ en: '{} Co., Ltd.', zh: '株式会社' }],
    tld: 'co.kr',
    person: (rng) => `${rng.pick(['Kim', 'Lee', 'Park', 'Choi', 'Jung'])} ${rng.pick(['Min-jun', 'Ji-woo', 'Seo-yeon', 'Hyun-woo', 'Ji-hoon'])}`,
    phone: (rng) => `+82 2-${rng.digits(4)}-${rng.digits(4)}`,
  },
  {
    code: 'DE',
    name: { zh: '德国', en: 'Germany' },
    share: 0.005,
    pavilion: null,
    brands: [['Rhein', '莱茵'], ['Nordwerk', '北方工坊'], ['Bavaria', '巴伐利亚'], ['Schwarzwald', '黑森林'], ['Elbe', '易北'], ['Hanse', '汉萨']],
    forms: [{ en: '{} GmbH', zh: '有限公司' }, { en: '{} AG', zh: '股份公司' }],
    tld: 'de',
    person: firstLast(['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Katrin'], ['Becker', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Hoffmann']),
    phone: (rng) => `+49 ${rng.pick(['89', '30', '40'])} ${rng.digits(7)}`,
  },
];

export const CHINA: Pick<CountryDef, 'code' | 'name'> = { code: 'CN', name: { zh: '中国', en: 'China' } };
