import type { SectorKey } from './sectors';

/** `[汉字, pinyin]` pairs: company names are registered in Chinese and translated in pinyin. */
export type ZhPy = readonly [string, string];

/** Where Chinese exhibitors come from (name, pinyin, telephone area code), weighted towards the host region. */
export const CN_PLACES: readonly (readonly [readonly [string, string, string], number])[] = [
  [['广西', 'Guangxi', '771'], 8],
  [['南宁', 'Nanning', '771'], 8],
  [['柳州', 'Liuzhou', '772'], 3],
  [['桂林', 'Guilin', '773'], 3],
  [['北海', 'Beihai', '779'], 2],
  [['钦州', 'Qinzhou', '777'], 2],
  [['防城港', 'Fangchenggang', '770'], 1],
  [['深圳', 'Shenzhen', '755'], 6],
  [['广州', 'Guangzhou', '20'], 5],
  [['东莞', 'Dongguan', '769'], 2],
  [['佛山', 'Foshan', '757'], 2],
  [['杭州', 'Hangzhou', '571'], 4],
  [['上海', 'Shanghai', '21'], 4],
  [['北京', 'Beijing', '10'], 4],
  [['苏州', 'Suzhou', '512'], 3],
  [['南京', 'Nanjing', '25'], 2],
  [['成都', 'Chengdu', '28'], 3],
  [['重庆', 'Chongqing', '23'], 3],
  [['武汉', 'Wuhan', '27'], 2],
  [['西安', "Xi'an", '29'], 2],
  [['合肥', 'Hefei', '551'], 2],
  [['厦门', 'Xiamen', '592'], 2],
  [['长沙', 'Changsha', '731'], 2],
  [['昆明', 'Kunming', '871'], 2],
  [['天津', 'Tianjin', '22'], 1],
];

/** Trade names (字号); invented, so no real company is implied. */
export const CN_BRANDS: readonly ZhPy[] = [
  ['华锐', 'Huarui'], ['博远', 'Boyuan'], ['云图', 'Yuntu'], ['海纳', 'Haina'], ['天谱', 'Tianpu'],
  ['恒通', 'Hengtong'], ['星辰', 'Xingchen'], ['瑞康', 'Ruikang'], ['启明', 'Qiming'], ['智联', 'Zhilian'],
  ['鼎信', 'Dingxin'], ['中科', 'Zhongke'], ['新创', 'Xinchuang'], ['睿思', 'Ruisi'], ['领航', 'Linghang'],
  ['万象', 'Wanxiang'], ['致远', 'Zhiyuan'], ['凌云', 'Lingyun'], ['天成', 'Tiancheng'], ['德康', 'Dekang'],
  ['嘉禾', 'Jiahe'], ['鸿远', 'Hongyuan'], ['宏图', 'Hongtu'], ['安泰', 'Antai'], ['金桂', 'Jingui'],
  ['桂信', 'Guixin'], ['北部湾', 'Beibuwan'], ['邕江', 'Yongjiang'], ['青秀', 'Qingxiu'], ['聚能', 'Juneng'],
  ['绿源', 'Lvyuan'], ['碧水', 'Bishui'], ['清风', 'Qingfeng'], ['明德', 'Mingde'], ['科瑞', 'Kerui'],
  ['思源', 'Siyuan'], ['九洲', 'Jiuzhou'], ['数联', 'Shulian'], ['立信', 'Lixin'], ['捷通', 'Jietong'],
  ['盛华', 'Shenghua'], ['同创', 'Tongchuang'], ['精工', 'Jinggong'], ['和光', 'Heguang'], ['卓远', 'Zhuoyuan'],
  ['慧眼', 'Huiyan'], ['云帆', 'Yunfan'], ['朗润', 'Langrun'], ['汇智', 'Huizhi'], ['景行', 'Jingxing'],
  ['弘毅', 'Hongyi'], ['知行', 'Zhixing'], ['泓澄', 'Hongcheng'], ['瀚海', 'Hanhai'], ['翼飞', 'Yifei'],
  ['天穹', 'Tianqiong'], ['青禾', 'Qinghe'], ['东方', 'Dongfang'], ['长风', 'Changfeng'], ['远航', 'Yuanhang'],
];

/** The rest of a company name after place and trade name, with its short form and a web domain stem. */
export interface CnTail {
  zh: string;
  en: string;
  shortZh: string;
  shortEn: string;
  domain: string;
}

const t = (zh: string, en: string, shortZh: string, shortEn: string, domain: string): CnTail => ({ zh, en, shortZh, shortEn, domain });

export const CN_TAILS: Record<SectorKey, readonly CnTail[]> = {
  'artificial-intelligence': [
    t('智能科技有限公司', 'Intelligent Technology Co., Ltd.', '智能', 'Intelligent', 'ai'),
    t('人工智能科技有限公司', 'Artificial Intelligence Technology Co., Ltd.', '人工智能', 'AI', 'ai'),
    t('智算科技有限公司', 'Intelligent Computing Technology Co., Ltd.', '智算', 'Computing', 'ic'),
    t('视觉技术有限公司', 'Vision Technology Co., Ltd.', '视觉', 'Vision', 'vision'),
  ],
  robotics: [
    t('机器人有限公司', 'Robotics Co., Ltd.', '机器人', 'Robotics', 'robot'),
    t('智能装备有限公司', 'Intelligent Equipment Co., Ltd.', '装备', 'Equipment', 'equip'),
    t('自动化技术有限公司', 'Automation Technology Co., Ltd.', '自动化', 'Automation', 'auto'),
  ],
  'medical-devices': [
    t('医疗器械有限公司', 'Medical Devices Co., Ltd.', '医疗', 'Medical', 'med'),
    t('医疗科技有限公司', 'Medical Technology Co., Ltd.', '医疗', 'MedTech', 'medtech'),
    t('影像技术有限公司', 'Imaging Technology Co., Ltd.', '影像', 'Imaging', 'imaging'),
  ],
  biotech: [
    t('生物科技有限公司', 'Biotechnology Co., Ltd.', '生物', 'Bio', 'bio'),
    t('医药有限公司', 'Pharmaceutical Co., Ltd.', '医药', 'Pharma', 'pharma'),
    t('基因技术有限公司', 'Gene Technology Co., Ltd.', '基因', 'Gene', 'gene'),
  ],
  'health-care': [
    t('健康科技有限公司', 'Health Technology Co., Ltd.', '健康', 'Health', 'health'),
    t('康养产业有限公司', 'Wellness Industry Co., Ltd.', '康养', 'Wellness', 'wellness'),
  ],
  software: [
    t('软件有限公司', 'Software Co., Ltd.', '软件', 'Software', 'soft'),
    t('信息技术有限公司', 'Information Technology Co., Ltd.', '信息', 'IT', 'it'),
  ],
  'cloud-data': [
    t('数据科技有限公司', 'Data Technology Co., Ltd.', '数据', 'Data', 'data'),
    t('云计算有限公司', 'Cloud Computing Co., Ltd.', '云', 'Cloud', 'cloud'),
  ],
  fintech: [
    t('金融科技有限公司', 'Financial Technology Co., Ltd.', '金科', 'Fintech', 'fintech'),
    t('数字支付有限公司', 'Digital Payment Co., Ltd.', '支付', 'Pay', 'pay'),
  ],
  'e-commerce': [
    t('电子商务有限公司', 'E-commerce Co., Ltd.', '电商', 'E-commerce', 'ec'),
    t('跨境贸易有限公司', 'Cross-border Trade Co., Ltd.', '跨境', 'Trade', 'trade'),
  ],
  'new-energy': [
    t('新能源科技有限公司', 'New Energy Technology Co., Ltd.', '新能源', 'New Energy', 'energy'),
    t('光伏科技有限公司', 'Photovoltaic Technology Co., Ltd.', '光伏', 'PV', 'pv'),
    t('储能技术有限公司', 'Energy Storage Technology Co., Ltd.', '储能', 'Energy Storage', 'ess'),
  ],
  environment: [
    t('环保科技有限公司', 'Environmental Technology Co., Ltd.', '环保', 'Enviro', 'eco'),
    t('水务科技有限公司', 'Water Technology Co., Ltd.', '水务', 'Water', 'water'),
  ],
  'smart-manufacturing': [
    t('智能制造有限公司', 'Intelligent Manufacturing Co., Ltd.', '智造', 'Manufacturing', 'im'),
    t('精密机械有限公司', 'Precision Machinery Co., Ltd.', '精密', 'Precision', 'precision'),
    t('工业互联网科技有限公司', 'Industrial Internet Technology Co., Ltd.', '工业互联', 'Industrial Internet', 'iiot'),
  ],
  semiconductors: [
    t('微电子有限公司', 'Microelectronics Co., Ltd.', '微电子', 'Micro', 'micro'),
    t('半导体有限公司', 'Semiconductor Co., Ltd.', '半导体', 'Semi', 'semi'),
  ],
  'new-energy-vehicles': [
    t('新能源汽车有限公司', 'New Energy Vehicle Co., Ltd.', '汽车', 'Auto', 'ev'),
    t('动力电池有限公司', 'Power Battery Co., Ltd.', '电池', 'Battery', 'battery'),
  ],
  telecom: [
    t('通信技术有限公司', 'Communication Technology Co., Ltd.', '通信', 'Telecom', 'comm'),
    t('网络科技有限公司', 'Network Technology Co., Ltd.', '网络', 'Network', 'net'),
  ],
  agritech: [
    t('农业科技有限公司', 'Agricultural Technology Co., Ltd.', '农业', 'Agri', 'agri'),
    t('生态农业有限公司', 'Eco-Agriculture Co., Ltd.', '生态农业', 'Eco-Agri', 'ecoagri'),
    t('糖业科技有限公司', 'Sugar Technology Co., Ltd.', '糖业', 'Sugar', 'sugar'),
  ],
  'smart-city': [
    t('智慧城市科技有限公司', 'Smart City Technology Co., Ltd.', '智慧城市', 'Smart City', 'city'),
    t('物联网科技有限公司', 'IoT Technology Co., Ltd.', '物联', 'IoT', 'iot'),
  ],
  'low-altitude': [
    t('无人机科技有限公司', 'UAV Technology Co., Ltd.', '无人机', 'UAV', 'uav'),
    t('航空科技有限公司', 'Aviation Technology Co., Ltd.', '航空', 'Aviation', 'aero'),
  ],
};

/** Common surnames, including those frequent in Guangxi (韦, 覃, 蒙, 黄). */
export const CN_SURNAMES: readonly ZhPy[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'],
  ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['林', 'Lin'], ['罗', 'Luo'], ['梁', 'Liang'], ['韦', 'Wei'],
  ['覃', 'Qin'], ['蒙', 'Meng'], ['莫', 'Mo'], ['农', 'Nong'], ['谢', 'Xie'], ['宋', 'Song'], ['邓', 'Deng'],
];

export const CN_GIVEN: readonly ZhPy[] = [
  ['伟', 'Wei'], ['芳', 'Fang'], ['娜', 'Na'], ['秀英', 'Xiuying'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'],
  ['强', 'Qiang'], ['磊', 'Lei'], ['军', 'Jun'], ['洋', 'Yang'], ['勇', 'Yong'], ['艳', 'Yan'], ['杰', 'Jie'],
  ['娟', 'Juan'], ['涛', 'Tao'], ['明', 'Ming'], ['超', 'Chao'], ['霞', 'Xia'], ['平', 'Ping'], ['刚', 'Gang'],
  ['海燕', 'Haiyan'], ['志强', 'Zhiqiang'], ['建华', 'Jianhua'], ['晓东', 'Xiaodong'], ['丽华', 'Lihua'],
  ['俊杰', 'Junjie'], ['雨欣', 'Yuxin'], ['子涵', 'Zihan'], ['浩然', 'Haoran'], ['思远', 'Siyuan'],
  ['佳琪', 'Jiaqi'], ['文博', 'Wenbo'], ['梦瑶', 'Mengyao'], ['宇航', 'Yuhang'], ['春梅', 'Chunmei'],
];
