/**
 * Demo shop seeded into an empty database on first start: the lifestyle brand
 * 栖行 QIXING, selling through the WeChat mini-program and three experience
 * stores in Shanghai, supplied from one central warehouse in 嘉定.
 *
 * All prices are integer fen (19900 = ¥199.00). Images live under
 * server/public and are produced by generate-images.ts.
 */
import type { DemoCouponTemplate, DemoGroupbuyCampaign, DemoShop } from './demo-data.types.js';

const JA = 'SH-JA';
const XH = 'SH-XH';
const PD = 'SH-PD';

/** Units in the 静安, 徐汇 and 浦东 stores, in that order (on hand, or display samples). */
function stores(ja: number, xh: number, pd: number): Record<string, number> {
  return { [JA]: ja, [XH]: xh, [PD]: pd };
}

/** Image paths /images/products/<slug>-1.svg … <slug>-<count>.svg. */
function images(slug: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `/images/products/${slug}-${i + 1}.svg`);
}

const categoryIcon = (code: string): string => `/images/categories/${code}.svg`;

export const demoShop: DemoShop = {
  warehouse: {
    code: 'WH-CENTRAL',
    name: '栖行嘉定中心仓',
    city: '上海市',
    address: '上海市嘉定区马陆镇宝安公路2999号3号库',
  },

  stores: [
    {
      code: JA,
      name: '栖行 静安体验店',
      city: '上海市',
      district: '静安区',
      address: '上海市静安区愚园路568号1层',
      latitude: 31.2293,
      longitude: 121.4481,
      phone: '021-62583316',
      openingHours: '10:00-22:00',
      deliveryRadiusMeters: 3000,
    },
    {
      code: XH,
      name: '栖行 徐汇武康路体验店',
      city: '上海市',
      district: '徐汇区',
      address: '上海市徐汇区武康路376号101室',
      latitude: 31.1952,
      longitude: 121.4372,
      phone: '021-64310728',
      openingHours: '10:00-21:30',
      deliveryRadiusMeters: 3500,
    },
    {
      code: PD,
      name: '栖行 浦东陆家嘴体验店',
      city: '上海市',
      district: '浦东新区',
      address: '上海市浦东新区张杨路500号时代广场2层L2-18',
      latitude: 31.2351,
      longitude: 121.5053,
      phone: '021-58362095',
      openingHours: '10:00-22:00',
      deliveryRadiusMeters: 5000,
    },
  ],

  categories: [
    {
      code: 'apparel',
      name: '服饰',
      icon: categoryIcon('apparel'),
      products: [
        {
          slug: 'linen-relaxed-shirt',
          title: '亚麻宽松长袖衬衫',
          subtitle: '法国亚麻，越洗越软',
          description:
            '选用法国诺曼底亚麻纱线，经酵素水洗后手感柔软不扎身。落肩宽松版型，单穿或敞开当外套都好看。',
          specs: [
            { name: '颜色', values: ['燕麦色', '雾霾蓝'] },
            { name: '尺码', values: ['M', 'L'] },
          ],
          skus: [
            { specValues: { 颜色: '燕麦色', 尺码: 'M' }, price: 39900, memberPrice: 36900, warehouseStock: 180, storeStock: stores(6, 4, 5), displayStock: stores(1, 1, 1) },
            { specValues: { 颜色: '燕麦色', 尺码: 'L' }, price: 39900, memberPrice: 36900, warehouseStock: 145, storeStock: stores(3, 0, 4) },
            { specValues: { 颜色: '雾霾蓝', 尺码: 'M' }, price: 39900, memberPrice: 36900, warehouseStock: 96, storeStock: stores(2, 5, 0), displayStock: stores(1, 0, 1) },
          ],
          images: images('linen-relaxed-shirt', 3),
          sales: 1286,
        },
        {
          slug: 'heavyweight-cotton-tee',
          title: '重磅纯棉圆领T恤',
          subtitle: '260g精梳棉，久穿不变形',
          description: '260克双股精梳棉，领口加密罗纹，洗过几十次依然挺括。',
          specs: [{ name: '颜色', values: ['本白', '墨黑', '橄榄绿'] }],
          skus: [
            { specValues: { 颜色: '本白' }, price: 15900, warehouseStock: 460, storeStock: stores(24, 18, 30) },
            { specValues: { 颜色: '墨黑' }, price: 15900, warehouseStock: 420, storeStock: stores(20, 15, 22) },
            { specValues: { 颜色: '橄榄绿' }, price: 15900, warehouseStock: 210, storeStock: stores(8, 0, 10) },
          ],
          images: images('heavyweight-cotton-tee', 2),
          sales: 4821,
        },
        {
          slug: 'merino-crew-sweater',
          title: '美利奴羊毛圆领针织衫',
          subtitle: '18.5微米细支羊毛，贴身不扎',
          description:
            '澳洲美利奴羊毛细至18.5微米，贴身穿也不刺痒。天然调温，春秋单穿、冬天叠穿都合适。建议冷水手洗平铺晾干。',
          specs: [
            { name: '颜色', values: ['炭灰', '驼色'] },
            { name: '尺码', values: ['S', 'M'] },
          ],
          skus: [
            { specValues: { 颜色: '炭灰', 尺码: 'S' }, price: 69900, memberPrice: 64900, warehouseStock: 60, storeStock: stores(2, 3, 1) },
            { specValues: { 颜色: '炭灰', 尺码: 'M' }, price: 69900, memberPrice: 64900, warehouseStock: 85, storeStock: stores(4, 2, 3), displayStock: stores(1, 1, 0) },
            { specValues: { 颜色: '驼色', 尺码: 'M' }, price: 69900, memberPrice: 64900, warehouseStock: 40, storeStock: stores(0, 2, 0), displayStock: stores(1, 0, 0) },
          ],
          images: images('merino-crew-sweater', 2),
          sales: 637,
        },
        {
          slug: 'washed-denim-jacket',
          title: '复古水洗牛仔夹克',
          subtitle: '13.5盎司原色丹宁',
          description: '日本冈山面料厂的13.5盎司丹宁，经石磨水洗做出自然褪色。短款直筒，搭配阔腿裤比例刚好。',
          specs: [{ name: '尺码', values: ['M', 'L', 'XL'] }],
          skus: [
            { specValues: { 尺码: 'M' }, price: 59900, warehouseStock: 72, storeStock: stores(3, 2, 2), displayStock: stores(1, 1, 1) },
            { specValues: { 尺码: 'L' }, price: 59900, warehouseStock: 88, storeStock: stores(2, 3, 0) },
            { specValues: { 尺码: 'XL' }, price: 59900, warehouseStock: 34, storeStock: stores(0, 0, 0) },
          ],
          images: images('washed-denim-jacket', 1),
          sales: 412,
        },
        {
          slug: 'wide-leg-chino',
          title: '垂感阔腿休闲裤',
          subtitle: '抗皱免烫，通勤不起褶',
          description: '棉与莱赛尔混纺，垂坠感好、久坐不易起褶。腰头内侧有隐形松紧，吃饱饭也不勒。',
          specs: [
            { name: '颜色', values: ['卡其', '黑色'] },
            { name: '尺码', values: ['28', '30'] },
          ],
          skus: [
            { specValues: { 颜色: '卡其', 尺码: '28' }, price: 32900, memberPrice: 29900, warehouseStock: 130, storeStock: stores(5, 6, 4) },
            { specValues: { 颜色: '黑色', 尺码: '30' }, price: 32900, memberPrice: 29900, warehouseStock: 155, storeStock: stores(7, 3, 6) },
          ],
          images: images('wide-leg-chino', 2),
          sales: 1954,
        },
        {
          slug: 'light-down-vest',
          title: '轻量羽绒马甲',
          subtitle: '90%白鸭绒，可收纳进口袋',
          description: '充绒量仅68克却足够保暖，整件可以塞进自带的收纳袋，出差旅行随手带上。',
          specs: [{ name: '尺码', values: ['M', 'L'] }],
          skus: [
            { specValues: { 尺码: 'M' }, price: 49900, memberPrice: 45900, warehouseStock: 95, storeStock: stores(0, 4, 3) },
            { specValues: { 尺码: 'L' }, price: 49900, memberPrice: 45900, warehouseStock: 110, storeStock: stores(2, 0, 5) },
          ],
          images: images('light-down-vest', 1),
          sales: 388,
        },
        {
          slug: 'organic-cotton-socks',
          title: '有机棉中筒袜三双装',
          subtitle: 'GOTS认证有机棉',
          description: '袜口无骨缝合，脚底加厚毛圈，一次三双配色各不相同。',
          specs: [],
          skus: [{ specValues: {}, price: 6900, warehouseStock: 500, storeStock: stores(40, 35, 48) }],
          images: images('organic-cotton-socks', 1),
          sales: 3672,
        },
      ],
    },

    {
      code: 'shoes',
      name: '鞋履',
      icon: categoryIcon('shoes'),
      products: [
        {
          slug: 'cloud-knit-runner',
          title: '云感针织跑鞋',
          subtitle: '一体织鞋面，轻到忘记穿着',
          description: '飞织鞋面透气贴脚，中底采用超临界发泡材料，单只仅重198克。适合日常慢跑和城市通勤。',
          specs: [{ name: '尺码', values: ['40', '41', '42'] }],
          skus: [
            { specValues: { 尺码: '40' }, price: 59900, memberPrice: 55900, warehouseStock: 120, storeStock: stores(4, 3, 6), displayStock: stores(1, 1, 0) },
            { specValues: { 尺码: '41' }, price: 59900, memberPrice: 55900, warehouseStock: 140, storeStock: stores(5, 4, 2), displayStock: stores(1, 0, 1) },
            { specValues: { 尺码: '42' }, price: 59900, memberPrice: 55900, warehouseStock: 98, storeStock: stores(3, 0, 4) },
          ],
          images: images('cloud-knit-runner', 3),
          sales: 2743,
        },
        {
          slug: 'canvas-low-top',
          title: '复古帆布低帮鞋',
          subtitle: '硫化工艺，越穿越有味道',
          description: '12安重磅帆布配硫化橡胶大底，经典低帮轮廓。鞋垫可拆洗，夏天也不闷。',
          specs: [
            { name: '颜色', values: ['米白', '藏青'] },
            { name: '尺码', values: ['38', '41'] },
          ],
          skus: [
            { specValues: { 颜色: '米白', 尺码: '38' }, price: 26900, warehouseStock: 150, storeStock: stores(6, 8, 5) },
            { specValues: { 颜色: '米白', 尺码: '41' }, price: 26900, warehouseStock: 132, storeStock: stores(4, 5, 7) },
            { specValues: { 颜色: '藏青', 尺码: '41' }, price: 26900, warehouseStock: 76, storeStock: stores(0, 3, 2) },
          ],
          images: images('canvas-low-top', 2),
          sales: 2105,
        },
        {
          slug: 'suede-chelsea-boot',
          title: '翻毛皮切尔西靴',
          subtitle: '意大利麂皮，固特异沿条工艺',
          description: '意大利进口麂皮面料，做了防泼水处理。固特异手工沿条，鞋底磨损后可以更换。此款仅支持仓库发货。',
          specs: [{ name: '尺码', values: ['41', '42'] }],
          skus: [
            { specValues: { 尺码: '41' }, price: 109900, memberPrice: 99900, warehouseStock: 28, storeStock: stores(0, 0, 0), displayStock: stores(1, 1, 0) },
            { specValues: { 尺码: '42' }, price: 109900, memberPrice: 99900, warehouseStock: 22, storeStock: stores(0, 0, 0), displayStock: stores(0, 0, 1) },
          ],
          images: images('suede-chelsea-boot', 2),
          sales: 164,
        },
        {
          slug: 'recovery-slides',
          title: '轻弹恢复拖鞋',
          subtitle: '运动后给双脚放个假',
          description: '厚底回弹材料贴合足弓，运动后穿上能明显减轻脚底压力。一体成型，可直接水洗。',
          specs: [{ name: '颜色', values: ['石墨灰', '燕麦'] }],
          skus: [
            { specValues: { 颜色: '石墨灰' }, price: 12900, warehouseStock: 260, storeStock: stores(12, 10, 15) },
            { specValues: { 颜色: '燕麦' }, price: 12900, warehouseStock: 230, storeStock: stores(9, 11, 8) },
          ],
          images: images('recovery-slides', 1),
          sales: 3390,
        },
        {
          slug: 'leather-loafer',
          title: '软底牛皮乐福鞋',
          subtitle: '头层牛皮，无需磨合',
          description: '头层小牛皮配柔软羊皮内里，鞋底可轻松对折，第一天穿就不磨脚。',
          specs: [{ name: '尺码', values: ['39', '40'] }],
          skus: [
            { specValues: { 尺码: '39' }, price: 89900, memberPrice: 84900, warehouseStock: 0, storeStock: stores(0, 0, 0) },
            { specValues: { 尺码: '40' }, price: 89900, memberPrice: 84900, warehouseStock: 36, storeStock: stores(1, 2, 0) },
          ],
          images: images('leather-loafer', 2),
          sales: 275,
        },
        {
          slug: 'wool-felt-slipper',
          title: '羊毛毡居家拖鞋',
          subtitle: '冬天在家的温暖脚感',
          description: '新西兰羊毛压制成毡，保暖又透气。软木乳胶鞋底静音防滑，踩在木地板上几乎没有声音。',
          specs: [{ name: '尺码', values: ['M(38-40)', 'L(41-43)'] }],
          skus: [
            { specValues: { 尺码: 'M(38-40)' }, price: 9900, warehouseStock: 310, storeStock: stores(15, 12, 0) },
            { specValues: { 尺码: 'L(41-43)' }, price: 9900, warehouseStock: 280, storeStock: stores(10, 9, 0) },
          ],
          images: images('wool-felt-slipper', 1),
          sales: 1520,
        },
      ],
    },

    {
      code: 'bags',
      name: '箱包',
      icon: categoryIcon('bags'),
      products: [
        {
          slug: 'everyday-canvas-tote',
          title: '日常帆布托特包',
          subtitle: '能装下一台14寸电脑',
          description: '16安厚帆布，内置拉链暗袋和笔插，装电脑、水杯和一天的杂物绰绰有余。',
          specs: [{ name: '颜色', values: ['原色', '黑色'] }],
          skus: [
            { specValues: { 颜色: '原色' }, price: 14900, memberPrice: 13900, warehouseStock: 340, storeStock: stores(18, 20, 16) },
            { specValues: { 颜色: '黑色' }, price: 14900, memberPrice: 13900, warehouseStock: 290, storeStock: stores(14, 9, 12) },
          ],
          images: images('everyday-canvas-tote', 2),
          sales: 4210,
        },
        {
          slug: 'roll-top-backpack',
          title: '卷口防水双肩包',
          subtitle: 'TPU涂层面料，暴雨也不怕',
          description: '卷口设计可以把容量从20升扩展到26升。背板带透气网垫，侧边开口能直接取出电脑。',
          specs: [{ name: '颜色', values: ['黑色', '沙漠黄'] }],
          skus: [
            { specValues: { 颜色: '黑色' }, price: 45900, warehouseStock: 118, storeStock: stores(4, 3, 5), displayStock: stores(1, 1, 1) },
            { specValues: { 颜色: '沙漠黄' }, price: 45900, warehouseStock: 64, storeStock: stores(2, 0, 1) },
          ],
          images: images('roll-top-backpack', 3),
          sales: 903,
        },
        {
          slug: 'leather-mini-crossbody',
          title: '皮质迷你斜挎包',
          subtitle: '装得下手机、卡包和口红',
          description: '植鞣牛皮会随使用慢慢变深，肩带长度可调。周末出门只带它就够了。',
          specs: [{ name: '颜色', values: ['焦糖', '黑色', '奶白'] }],
          skus: [
            { specValues: { 颜色: '焦糖' }, price: 39900, memberPrice: 37900, warehouseStock: 75, storeStock: stores(3, 4, 2) },
            { specValues: { 颜色: '黑色' }, price: 39900, memberPrice: 37900, warehouseStock: 82, storeStock: stores(2, 2, 3) },
            { specValues: { 颜色: '奶白' }, price: 39900, memberPrice: 37900, warehouseStock: 45, storeStock: stores(1, 0, 0) },
          ],
          images: images('leather-mini-crossbody', 2),
          sales: 1147,
        },
        {
          slug: 'cabin-spinner-20',
          title: '20寸铝框登机箱',
          subtitle: '静音万向轮，可上飞机',
          description: '德国拜耳PC箱体搭配铝合金框架，耐摔抗压。TSA海关锁，符合国内外大部分航司登机尺寸。',
          specs: [{ name: '颜色', values: ['月光银', '深空灰'] }],
          skus: [
            { specValues: { 颜色: '月光银' }, price: 129900, warehouseStock: 48, storeStock: stores(1, 0, 2) },
            { specValues: { 颜色: '深空灰' }, price: 129900, warehouseStock: 55, storeStock: stores(0, 0, 0) },
          ],
          images: images('cabin-spinner-20', 2),
          sales: 356,
        },
        {
          slug: 'nylon-waist-pack',
          title: '尼龙机能腰包',
          subtitle: '斜挎腰挎两种背法',
          description: '高密度尼龙面料防泼水，前后共四个分隔，骑行和逛展都很方便。',
          specs: [],
          skus: [{ specValues: {}, price: 12900, warehouseStock: 210, storeStock: stores(8, 6, 10) }],
          images: images('nylon-waist-pack', 1),
          sales: 1688,
        },
        {
          slug: 'felt-laptop-sleeve',
          title: '羊毛毡电脑内胆包',
          subtitle: '5毫米厚毡，防刮防磕',
          description: '整块羊毛毡裁切缝制，外侧口袋可放充电器和鼠标。',
          specs: [{ name: '规格', values: ['13英寸', '14英寸'] }],
          skus: [
            { specValues: { 规格: '13英寸' }, price: 16900, memberPrice: 15900, warehouseStock: 140, storeStock: stores(5, 4, 6) },
            { specValues: { 规格: '14英寸' }, price: 17900, memberPrice: 16900, warehouseStock: 160, storeStock: stores(6, 5, 3) },
          ],
          images: images('felt-laptop-sleeve', 1),
          sales: 742,
        },
      ],
    },

    {
      code: 'home',
      name: '家居',
      icon: categoryIcon('home'),
      products: [
        {
          slug: 'ceramic-table-lamp',
          title: '陶瓷底座台灯',
          subtitle: '手工施釉，每一盏都略有不同',
          description: '景德镇窑口手工拉坯的灯座，搭配亚麻灯罩，光线柔和不刺眼。支持三档调光。',
          specs: [{ name: '颜色', values: ['釉白', '苔绿'] }],
          skus: [
            { specValues: { 颜色: '釉白' }, price: 45900, memberPrice: 42900, warehouseStock: 42, storeStock: stores(2, 3, 1), displayStock: stores(1, 1, 1) },
            { specValues: { 颜色: '苔绿' }, price: 45900, memberPrice: 42900, warehouseStock: 30, storeStock: stores(0, 2, 0) },
          ],
          images: images('ceramic-table-lamp', 3),
          sales: 521,
        },
        {
          slug: 'washed-linen-bedding-set',
          title: '水洗亚麻床品四件套',
          subtitle: '含被套、床单和两只枕套',
          description: '100%亚麻经过多次预洗，褶皱是它自然的样子。夏天凉爽，冬天也不冰手。',
          specs: [{ name: '规格', values: ['1.5米床', '1.8米床'] }],
          skus: [
            { specValues: { 规格: '1.5米床' }, price: 89900, warehouseStock: 58, storeStock: stores(1, 2, 2), displayStock: stores(1, 0, 1) },
            { specValues: { 规格: '1.8米床' }, price: 99900, warehouseStock: 74, storeStock: stores(2, 1, 3) },
          ],
          images: images('washed-linen-bedding-set', 2),
          sales: 893,
        },
        {
          slug: 'cedar-scented-candle',
          title: '雪松香薰蜡烛',
          subtitle: '大豆蜡，木芯燃烧噼啪作响',
          description: '前调佛手柑，后调雪松与岩兰草。木质烛芯燃烧时会发出轻微的噼啪声，像坐在壁炉边。',
          specs: [{ name: '容量', values: ['120g', '220g'] }],
          skus: [
            { specValues: { 容量: '120g' }, price: 9900, memberPrice: 9300, warehouseStock: 240, storeStock: stores(14, 12, 16) },
            { specValues: { 容量: '220g' }, price: 15900, memberPrice: 14900, warehouseStock: 180, storeStock: stores(8, 10, 9) },
          ],
          images: images('cedar-scented-candle', 2),
          sales: 2876,
        },
        {
          slug: 'stoneware-mug',
          title: '粗陶手作马克杯',
          subtitle: '350ml，可进微波炉',
          description: '粗陶胎体带着细小的颗粒感，握在手里很踏实。',
          specs: [{ name: '颜色', values: ['海盐蓝', '燕麦白', '炭黑'] }],
          skus: [
            { specValues: { 颜色: '海盐蓝' }, price: 5900, warehouseStock: 320, storeStock: stores(20, 16, 18) },
            { specValues: { 颜色: '燕麦白' }, price: 5900, warehouseStock: 300, storeStock: stores(15, 14, 0) },
            { specValues: { 颜色: '炭黑' }, price: 5900, warehouseStock: 0, storeStock: stores(0, 0, 0) },
          ],
          images: images('stoneware-mug', 2),
          sales: 3948,
        },
        {
          slug: 'waffle-bath-towel',
          title: '华夫格纯棉浴巾',
          subtitle: '吸水快，干得也快',
          description: '土耳其长绒棉织成立体华夫格，比普通毛圈浴巾轻一半，梅雨季也不容易有异味。',
          specs: [],
          skus: [{ specValues: {}, price: 12900, memberPrice: 11900, warehouseStock: 380, storeStock: stores(12, 10, 14) }],
          images: images('waffle-bath-towel', 1),
          sales: 2260,
        },
        {
          slug: 'oak-valet-tray',
          title: '橡木收纳托盘',
          subtitle: '玄关放钥匙，书桌放文具',
          description: '北美白橡木整木铣削，表面只上了一层植物木蜡油。',
          specs: [{ name: '规格', values: ['小号', '大号'] }],
          skus: [
            { specValues: { 规格: '小号' }, price: 8900, warehouseStock: 150, storeStock: stores(6, 8, 5) },
            { specValues: { 规格: '大号' }, price: 12900, warehouseStock: 120, storeStock: stores(4, 5, 3) },
          ],
          images: images('oak-valet-tray', 1),
          sales: 611,
        },
        {
          slug: 'knit-sofa-throw',
          title: '针织沙发盖毯',
          subtitle: '130×170cm，午睡刚刚好',
          description: '羊毛与棉混纺的粗针织，搭在沙发扶手上就是一道风景。看电影、午睡时随手一盖。',
          specs: [{ name: '颜色', values: ['燕麦', '雾粉'] }],
          skus: [
            { specValues: { 颜色: '燕麦' }, price: 29900, memberPrice: 27900, warehouseStock: 66, storeStock: stores(3, 2, 4) },
            { specValues: { 颜色: '雾粉' }, price: 29900, memberPrice: 27900, warehouseStock: 38, storeStock: stores(0, 0, 0) },
          ],
          images: images('knit-sofa-throw', 2),
          sales: 0,
        },
      ],
    },

    {
      code: 'care',
      name: '个护',
      icon: categoryIcon('care'),
      products: [
        {
          slug: 'amino-acid-cleanser',
          title: '氨基酸温和洁面乳',
          subtitle: '弱酸性配方，敏感肌可用',
          description: '以氨基酸表活为主，泡沫细密，洗后不紧绷。无香精、无酒精。',
          specs: [{ name: '容量', values: ['100ml', '150ml'] }],
          skus: [
            { specValues: { 容量: '100ml' }, price: 8900, memberPrice: 8300, warehouseStock: 280, storeStock: stores(12, 15, 10) },
            { specValues: { 容量: '150ml' }, price: 11900, memberPrice: 10900, warehouseStock: 260, storeStock: stores(10, 8, 12) },
          ],
          images: images('amino-acid-cleanser', 2),
          sales: 3105,
        },
        {
          slug: 'botanical-shampoo',
          title: '植萃控油洗发水',
          subtitle: '迷迭香与薄荷，头皮清爽一整天',
          description: '迷迭香叶提取物配合低泡氨基酸体系，控油不干涩。500毫升大瓶，一家人都能用。',
          specs: [],
          skus: [{ specValues: {}, price: 7900, warehouseStock: 350, storeStock: stores(18, 14, 20) }],
          images: images('botanical-shampoo', 1),
          sales: 2488,
        },
        {
          slug: 'white-tea-body-lotion',
          title: '白茶保湿身体乳',
          subtitle: '清淡茶香，吸收不黏腻',
          description: '添加神经酰胺与角鲨烷，秋冬干燥季节涂一次能润一整天。白茶香气很淡，不会和香水打架。',
          specs: [{ name: '容量', values: ['250ml', '400ml'] }],
          skus: [
            { specValues: { 容量: '250ml' }, price: 12900, warehouseStock: 190, storeStock: stores(8, 6, 9) },
            { specValues: { 容量: '400ml' }, price: 16900, warehouseStock: 150, storeStock: stores(5, 0, 6) },
          ],
          images: images('white-tea-body-lotion', 2),
          sales: 1732,
        },
        {
          slug: 'woody-solid-perfume',
          title: '木质调固体香膏',
          subtitle: '随身一小盒，补香不张扬',
          description: '以蜂蜡与荷荷巴油为基底，抹在手腕和耳后，香气贴肤持续约四小时。黄铜外盒可重复填充。',
          specs: [{ name: '香型', values: ['雪松', '无花果', '白茶'] }],
          skus: [
            { specValues: { 香型: '雪松' }, price: 13900, memberPrice: 12900, warehouseStock: 95, storeStock: stores(5, 6, 4) },
            { specValues: { 香型: '无花果' }, price: 13900, memberPrice: 12900, warehouseStock: 88, storeStock: stores(3, 5, 2) },
            { specValues: { 香型: '白茶' }, price: 13900, memberPrice: 12900, warehouseStock: 70, storeStock: stores(4, 0, 3) },
          ],
          images: images('woody-solid-perfume', 1),
          sales: 964,
        },
        {
          slug: 'hand-cream-trio',
          title: '护手霜礼盒三支装',
          subtitle: '30ml×3，办公室、包里、床头各放一支',
          description: '乳木果油质地，抹开后很快被吸收，不影响敲键盘。附赠手提纸袋，送礼很合适。',
          specs: [],
          skus: [{ specValues: {}, price: 9900, memberPrice: 9400, warehouseStock: 230, storeStock: stores(16, 12, 18) }],
          images: images('hand-cream-trio', 2),
          sales: 2917,
        },
        {
          slug: 'sonic-toothbrush',
          title: '声波电动牙刷',
          subtitle: '一次充电用60天',
          description: '每分钟三万一千次振动，三种清洁模式。Type-C接口充电，出差不用再带专用底座。',
          specs: [{ name: '颜色', values: ['雾白', '墨绿'] }],
          skus: [
            { specValues: { 颜色: '雾白' }, price: 29900, warehouseStock: 125, storeStock: stores(4, 5, 6) },
            { specValues: { 颜色: '墨绿' }, price: 29900, warehouseStock: 90, storeStock: stores(3, 2, 0) },
          ],
          images: images('sonic-toothbrush', 1),
          sales: 1356,
        },
      ],
    },

    {
      code: 'digital',
      name: '数码配件',
      icon: categoryIcon('digital'),
      products: [
        {
          slug: 'anc-over-ear-headphones',
          title: '主动降噪头戴耳机',
          subtitle: '地铁通勤，一秒安静',
          description: '混合式主动降噪可削减大部分低频噪音，开启降噪续航约40小时。蛋白皮耳罩长时间佩戴也不闷。',
          specs: [{ name: '颜色', values: ['深空黑', '燕麦白'] }],
          skus: [
            { specValues: { 颜色: '深空黑' }, price: 99900, memberPrice: 92900, warehouseStock: 84, storeStock: stores(3, 2, 4) },
            { specValues: { 颜色: '燕麦白' }, price: 99900, memberPrice: 92900, warehouseStock: 52, storeStock: stores(2, 3, 0) },
          ],
          images: images('anc-over-ear-headphones', 3),
          sales: 1078,
        },
        {
          slug: 'magnetic-power-bank',
          title: '磁吸无线充电宝',
          subtitle: '吸上就充，轻薄可放口袋',
          description: '磁吸对位，支持15W无线快充和20W有线快充。铝合金外壳，散热更好。',
          specs: [{ name: '容量', values: ['5000mAh', '10000mAh'] }],
          skus: [
            { specValues: { 容量: '5000mAh' }, price: 19900, memberPrice: 18900, warehouseStock: 210, storeStock: stores(10, 8, 12) },
            { specValues: { 容量: '10000mAh' }, price: 25900, memberPrice: 23900, warehouseStock: 176, storeStock: stores(6, 7, 9) },
          ],
          images: images('magnetic-power-bank', 2),
          sales: 2634,
        },
        {
          slug: 'gan-charger-65w',
          title: '65W氮化镓充电器',
          subtitle: '两C一A，一个头充全家',
          description: '体积只有传统笔记本电源的三分之一，可同时为电脑、手机和耳机供电。插脚可折叠。',
          specs: [],
          skus: [{ specValues: {}, price: 16900, warehouseStock: 300, storeStock: stores(12, 10, 15) }],
          images: images('gan-charger-65w', 1),
          sales: 3467,
        },
        {
          slug: 'braided-usb-c-cable',
          title: '编织快充数据线',
          subtitle: '支持100W PD，弯折两万次',
          description: '尼龙编织外皮，铝合金接头。USB-C 对 USB-C，笔记本、平板和手机都能快充。',
          specs: [{ name: '规格', values: ['1米', '2米'] }],
          skus: [
            { specValues: { 规格: '1米' }, price: 4900, warehouseStock: 480, storeStock: stores(30, 25, 28) },
            { specValues: { 规格: '2米' }, price: 5900, warehouseStock: 360, storeStock: stores(18, 20, 0) },
          ],
          images: images('braided-usb-c-cable', 1),
          sales: 4975,
        },
        {
          slug: 'leather-phone-case',
          title: '植鞣皮手机壳',
          subtitle: '会随时间养出光泽',
          description: '意大利植鞣牛皮包覆，内衬超细纤维。支持磁吸充电，按键手感清脆。',
          specs: [{ name: '型号', values: ['iPhone 16', 'iPhone 16 Pro'] }],
          skus: [
            { specValues: { 型号: 'iPhone 16' }, price: 19900, warehouseStock: 130, storeStock: stores(5, 6, 4) },
            { specValues: { 型号: 'iPhone 16 Pro' }, price: 19900, warehouseStock: 165, storeStock: stores(7, 5, 8) },
          ],
          images: images('leather-phone-case', 2),
          sales: 1893,
        },
        {
          slug: 'walnut-bluetooth-speaker',
          title: '实木蓝牙音箱',
          subtitle: '温暖中频，适合书房与客厅',
          description: '箱体由整块实木打磨而成，全频单元搭配被动辐射器，人声饱满。支持蓝牙5.3与双机串联。',
          specs: [{ name: '颜色', values: ['胡桃木', '白橡木'] }],
          skus: [
            { specValues: { 颜色: '胡桃木' }, price: 59900, memberPrice: 55900, warehouseStock: 46, storeStock: stores(2, 2, 1) },
            { specValues: { 颜色: '白橡木' }, price: 59900, memberPrice: 55900, warehouseStock: 39, storeStock: stores(1, 0, 2) },
          ],
          images: images('walnut-bluetooth-speaker', 2),
          sales: 427,
        },
      ],
    },

    {
      code: 'outdoor',
      name: '户外',
      icon: categoryIcon('outdoor'),
      products: [
        {
          slug: 'ultralight-tent-2p',
          title: '超轻双人帐篷',
          subtitle: '整帐1.4千克，三季通用',
          description: '20D硅涂尼龙外帐，双门双前厅，两个人带着装备也不拥挤。搭建只需五分钟。',
          specs: [],
          skus: [{ specValues: {}, price: 159900, memberPrice: 149900, warehouseStock: 26, storeStock: stores(0, 1, 1) }],
          images: images('ultralight-tent-2p', 3),
          sales: 208,
        },
        {
          slug: 'folding-moon-chair',
          title: '铝合金折叠月亮椅',
          subtitle: '收纳后只有一把雨伞大小',
          description: '7075航空铝骨架，承重120公斤。坐感包裹，露营、钓鱼、看音乐节都用得上。',
          specs: [{ name: '颜色', values: ['军绿', '沙色'] }],
          skus: [
            { specValues: { 颜色: '军绿' }, price: 29900, memberPrice: 27900, warehouseStock: 110, storeStock: stores(3, 2, 4) },
            { specValues: { 颜色: '沙色' }, price: 29900, memberPrice: 27900, warehouseStock: 95, storeStock: stores(2, 3, 0) },
          ],
          images: images('folding-moon-chair', 2),
          sales: 1274,
        },
        {
          slug: 'insulated-sport-bottle',
          title: '保温运动水壶',
          subtitle: '冰饮24小时，热饮12小时',
          description: '双层真空不锈钢，单手弹盖不易洒漏。瓶口宽度能直接放进冰块。',
          specs: [{ name: '容量', values: ['500ml', '750ml'] }],
          skus: [
            { specValues: { 容量: '500ml' }, price: 11900, warehouseStock: 270, storeStock: stores(14, 12, 16) },
            { specValues: { 容量: '750ml' }, price: 13900, warehouseStock: 240, storeStock: stores(10, 9, 12) },
          ],
          images: images('insulated-sport-bottle', 1),
          sales: 3581,
        },
        {
          slug: 'packable-wind-shell',
          title: '轻量防风皮肤衣',
          subtitle: 'UPF50+防晒，仅重98克',
          description: '超细旦尼龙面料防风防泼水，腋下激光打孔透气。可以收进胸前口袋，挂在背包上随时取用。',
          specs: [{ name: '尺码', values: ['M', 'L', 'XL'] }],
          skus: [
            { specValues: { 尺码: 'M' }, price: 39900, warehouseStock: 120, storeStock: stores(5, 4, 6) },
            { specValues: { 尺码: 'L' }, price: 39900, warehouseStock: 135, storeStock: stores(4, 6, 3) },
            { specValues: { 尺码: 'XL' }, price: 39900, warehouseStock: 60, storeStock: stores(2, 0, 1) },
          ],
          images: images('packable-wind-shell', 2),
          sales: 1815,
        },
        {
          slug: 'retro-camping-lantern',
          title: '复古露营灯',
          subtitle: '暖光无极调光，续航30小时',
          description: '煤油灯造型，暖黄光营造营地氛围。底部可作为充电宝给手机应急补电。',
          specs: [],
          skus: [{ specValues: {}, price: 18900, warehouseStock: 145, storeStock: stores(4, 5, 3) }],
          images: images('retro-camping-lantern', 2),
          sales: 976,
        },
        {
          slug: 'enamel-camp-cup',
          title: '珐琅户外杯',
          subtitle: '可直接放在炉头上加热',
          description: '钢板搪瓷工艺，耐磕碰，可煮咖啡也可以泡面。',
          specs: [],
          skus: [{ specValues: {}, price: 4900, memberPrice: 4500, warehouseStock: 400, storeStock: stores(22, 18, 25) }],
          images: images('enamel-camp-cup', 1),
          sales: 2745,
        },
        {
          slug: 'waterproof-picnic-mat',
          title: '防潮野餐垫',
          subtitle: '背面防水涂层，草地湿了也能坐',
          description: '正面是柔软的摇粒绒格纹，背面是防水PE涂层。折叠后带提手，一只手就能拎走。',
          specs: [{ name: '规格', values: ['1.5×2米', '2×2米'] }],
          skus: [
            { specValues: { 规格: '1.5×2米' }, price: 15900, memberPrice: 14900, warehouseStock: 160, storeStock: stores(6, 5, 8) },
            { specValues: { 规格: '2×2米' }, price: 19900, memberPrice: 18900, warehouseStock: 130, storeStock: stores(4, 0, 5) },
          ],
          images: images('waterproof-picnic-mat', 1),
          sales: 1442,
        },
      ],
    },
  ],

  staff: [
    { username: 'manager.ja', password: 'Demo-staff-2026', displayName: '陈思远', role: 'store_manager', storeCode: JA },
    { username: 'staff.ja1', password: 'Demo-staff-2026', displayName: '李晓雯', role: 'staff', storeCode: JA },
    { username: 'staff.ja2', password: 'Demo-staff-2026', displayName: '王浩', role: 'staff', storeCode: JA },
    { username: 'manager.xh', password: 'Demo-staff-2026', displayName: '周敏', role: 'store_manager', storeCode: XH },
    { username: 'staff.xh1', password: 'Demo-staff-2026', displayName: '吴佳怡', role: 'staff', storeCode: XH },
    { username: 'staff.xh2', password: 'Demo-staff-2026', displayName: '郑凯', role: 'staff', storeCode: XH },
    { username: 'manager.pd', password: 'Demo-staff-2026', displayName: '孙立成', role: 'store_manager', storeCode: PD },
    { username: 'staff.pd1', password: 'Demo-staff-2026', displayName: '刘欣然', role: 'staff', storeCode: PD },
    { username: 'staff.pd2', password: 'Demo-staff-2026', displayName: '赵宇航', role: 'staff', storeCode: PD },
    { username: 'marketer', password: 'Demo-marketer-2026', displayName: '林若溪', role: 'marketer', storeCode: null },
    { username: 'admin', password: 'Demo-admin-2026', displayName: '系统管理员', role: 'admin', storeCode: null },
  ],

  // Each finds products in this catalog (server/test/catalog/search-relevance.test.ts checks it).
  hotWords: ['双肩包', 'T恤', '帆布', '亚麻', '耳机', '充电宝', '拖鞋', '帐篷'],
};

const demoCouponDefaults: Pick<DemoCouponTemplate, 'excludeProductIds' | 'audience' | 'claimStartsAt' | 'claimEndsAt' | 'repeat' | 'cap' | 'threshold' | 'claimCentre' | 'staffHandout'> = {
  claimCentre: true,
  staffHandout: false,
  excludeProductIds: [],
  audience: { kind: 'everyone' },
  claimStartsAt: null,
  claimEndsAt: null,
  repeat: false,
  cap: null,
  threshold: null,
};

/**
 * What `npm start` adds to the demo shop so a visitor meets coupons at once: a welcome pack for
 * every new member, a few in the claim centre, and one store staff hand out at the counter
 * (门店发放, on the tablet's coupon panel). The test suite seeds the shop without them,
 * so its prices stay those of the catalog.
 */
export const demoCoupons: DemoCouponTemplate[] = [
  { ...demoCouponDefaults, name: '新人券 满99减20', kind: 'threshold_off', value: 2000, threshold: 9900, scope: { kind: 'all' }, totalQuantity: 1_000_000, perMemberLimit: 1, validity: { kind: 'relative', days: 30 }, welcome: true, claimCentre: false },
  { ...demoCouponDefaults, name: '新人包邮券', kind: 'free_shipping', value: 0, scope: { kind: 'all' }, totalQuantity: 1_000_000, perMemberLimit: 1, validity: { kind: 'relative', days: 30 }, welcome: true, claimCentre: false },
  { ...demoCouponDefaults, name: '全场满199减30', kind: 'threshold_off', value: 3000, threshold: 19900, scope: { kind: 'all' }, totalQuantity: 5000, perMemberLimit: 1, validity: { kind: 'relative', days: 14 }, welcome: false },
  { ...demoCouponDefaults, name: '服饰85折 最多减50', kind: 'percent_off', value: 85, cap: 5000, scope: { kind: 'categories', codes: ['apparel'] }, totalQuantity: 2000, perMemberLimit: 1, validity: { kind: 'relative', days: 7 }, welcome: false },
  { ...demoCouponDefaults, name: '无门槛5元', kind: 'amount_off', value: 500, scope: { kind: 'all' }, totalQuantity: 3000, perMemberLimit: 2, validity: { kind: 'relative', days: 7 }, welcome: false, staffHandout: true },
];

/** A 拼团 running from the first start, so the home page and the product page show one. */
export const demoGroupbuys: DemoGroupbuyCampaign[] = [
  { name: '跑鞋 三人团', productTitle: '云感针织跑鞋', groupSize: 3, formMinutes: 24 * 60, days: 30, groupDiscount: 6000, stockCap: 200, leaderDiscount: 1000 },
];

export const demoShopWithCoupons: DemoShop = { ...demoShop, coupons: demoCoupons, groupbuys: demoGroupbuys };
