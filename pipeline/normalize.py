"""Fold width, spaces, dashes and Traditional keyword characters one character for one.

Every later stage matches patterns on the folded text but reports spans that are valid in the
original: because each character folds to exactly one character, offsets are shared. The table is
checked for that at import time (NFKC is not used: it turns some characters into two).
"""

from __future__ import annotations

_FULL_WIDTH_ASCII = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}

_SPACES = {ch: " " for ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t"}

# Dashes and tildes that separate the ends of a range (1—2个, 7%～10%). 「－」 is full-width minus,
# which also means a range in these notices.
_RANGE_DASHES = {ch: "—" for ch in "–―－~～‒"}

# Traditional → Simplified, one character for one, used to build unit lookup keys (and the folded
# copy the unit recogniser reads): written names and spans keep the original characters. The table covers
# the vocabulary of unit names and of this genre's prose; characters that are also ordinary
# Simplified characters with another use (著, 乾, 干 ...) are left out.
_TRADITIONAL_PAIRS = (
    "臨临發发號号區区縣县級级關关於于務务廳厅審审製制導导領领組组辦办會会員员單单頭头責责負负職职參参與与"
    "協协門门據据聯联為为財财資资處处廣广東东鄉乡鎮镇將将機机構构黨党紀纪檢检監监衛卫計计劃划產产業业農农"
    "漁渔礦矿環环護护態态國国稅税銀银險险證证統统貿贸經经濟济藝艺體体運运輸输鐵铁電电郵邮訊讯傳传視视聽听"
    "聞闻報报術术學学醫医療疗藥药養养殘残婦妇兒儿團团僑侨華华臺台灣湾軍军動动設设備备質质標标準准測测權权"
    "屬属條条規规園园開开場场樓楼築筑氣气災灾應应幹干實实現现歸归檔档館馆圖图書书龍龙網网絡络數数訴诉訪访"
    "調调執执織织編编維维穩稳邊边貧贫糧粮儲储營营銷销價价際际貨货進进換换匯汇滙汇額额費费購购買买賣卖貸贷"
    "債债讓让過过這这們们個个來来時时間间問问題题見见範范圍围義义議议論论評评績绩紅红綠绿藍蓝黃黄鹽盐熱热"
    "燈灯遞递遷迁遼辽寧宁陝陕陽阳蘇苏雲云貴贵滬沪盧卢鄭郑瀋沈錦锦撫抚順顺齊齐烏乌魯鲁晉晋閩闽贛赣瓊琼隴陇"
    "甯宁閘闸壩坝橋桥軌轨輪轮車车輛辆駛驶駕驾餘余萬万億亿兩两對对當当積积極极層层戰战創创優优勢势強强壯壮"
    "興兴舉举記记錄录認认識识讀读寫写語语訓训練练譯译詢询諮咨詳详說说請请諾诺謀谋課课試试誠诚謝谢譽誉變变"
    "觀观覺觉親亲覽览傷伤僅仅偉伟倉仓儀仪從从復复後后徑径徵征總总恆恒慶庆憲宪懷怀戶户擔担擴扩擊击擁拥擇择"
    "攜携損损揚扬敵敌斷断歷历曆历歲岁殺杀漢汉溝沟滅灭潔洁澤泽濱滨無无爐炉爭争獎奖獨独獲获畫画盤盘盡尽礎础"
    "確确禮礼種种稱称窮穷競竞筆笔節节簡简約约細细終终結结絕绝給给絲丝綜综緊紧線线緣缘縮缩繼继續续罰罚羅罗"
    "聖圣聲声腦脑舊旧蘭兰裝装補补複复訂订討讨託托許许詞词話话該该講讲諸诸貝贝販贩貫贯賓宾賞赏賴赖"
    "贈赠贊赞趕赶趨趋跡迹踐践軟软較较載载輔辅輕轻轄辖邏逻遠远適适選选遺遗還还鄰邻釋释針针鋼钢錢钱鏈链長长"
    "閉闭閒闲閱阅闊阔陸陆陳陈陰阴隊队階阶隨随隱隐雙双雜杂難难靈灵靜静韓韩頁页頂顶項项須须預预頻频顏颜類类"
    "顧顾顯显風风飛飞飯饭飲饮飼饲驗验驅驱鬥斗魚鱼鳥鸟麥麦點点齡龄專专幣币師师帶带幫帮廢废廠厂庫库張张彈弹"
    "徹彻愛爱慣惯憑凭懲惩戲戏採采掃扫掛挂揮挥搶抢撥拨擬拟擾扰攝摄敘叙煙烟燒烧牆墙狀状獻献畝亩畢毕異异盜盗"
    "眾众矯矫碼码磚砖礙碍祕秘穀谷竊窃紋纹納纳紛纷紙纸紹绍綱纲緒绪縱纵纖纤罷罢習习肅肃脅胁膽胆臟脏艱艰莊庄"
    "葉叶蓋盖薦荐蟲虫衝冲裡里裏里觸触診诊詐诈誤误誘诱謹谨譜谱豐丰豬猪賦赋賬账賽赛贏赢趙赵躍跃軸轴輿舆轉转"
    "辭辞違违達达遲迟鉛铅銅铜銳锐鋪铺錯错鍵键鎖锁鐘钟鑑鉴鑒鉴閣阁闖闯陣阵隸隶雞鸡離离雖虽響响頒颁頓顿頗颇"
    "願愿顆颗颱台饋馈馬马駐驻騰腾驚惊鬆松鬧闹鮮鲜鳳凤鴻鸿鶴鹤麗丽齒齿龜龟綫线繫系係系冊册凍冻劉刘剛刚劍剑"
    "勞劳勵励勸劝卻却厲厉叢丛吳吴啟启喪丧嚴严圓圆堅坚塊块塗涂墊垫壓压壞坏壘垒壇坛壽寿夢梦夥伙奪夺奮奋媽妈"
    "嬰婴孫孙寬宽寶宝尋寻屆届嶺岭島岛崗岗嶽岳巖岩幾几廈厦彎弯彙汇彥彦恥耻惱恼慮虑憂忧懸悬懼惧戀恋拋抛捲卷"
    "掙挣揀拣搖摇撐撑擠挤攔拦攤摊敗败斂敛斬斩暫暂曉晓暢畅楊杨榮荣槍枪樂乐樞枢樣样橫横櫃柜歡欢殼壳決决況况"
    "淚泪淨净淺浅減减湯汤溫温滿满漲涨潛潜澇涝濃浓濕湿灑洒灘滩燦灿爛烂牽牵狹狭獄狱獸兽碩硕禦御窩窝籌筹簽签"
    "籃篮緩缓縫缝繩绳繪绘繳缴纜缆羨羡聰聪膚肤艦舰蘆芦蘋苹虛虚蠶蚕褲裤襲袭訟讼誌志誕诞誰谁誼谊諒谅謎谜"
    "謙谦謠谣譴谴讚赞豎竖貞贞貢贡賢贤賤贱賠赔蹤踪軒轩輝辉輩辈輯辑轟轰邁迈遙遥遜逊醜丑釀酿釐厘鈔钞鈣钙鉅巨"
    "鋒锋鋁铝錶表鍋锅鍛锻鏡镜鑄铸鑰钥閃闪閑闲閥阀闡阐闢辟隻只霧雾韌韧韻韵頃顷頌颂頑顽頸颈顛颠颳刮飄飘飢饥"
    "飽饱飾饰餅饼饑饥饒饶馳驰馴驯駁驳駝驼駭骇騎骑騷骚驟骤骯肮髒脏鬍胡鬱郁鮑鲍鯉鲤鳴鸣鴨鸭鵝鹅鷹鹰鹼碱麵面"
    "齋斋龐庞衆众庁厅証证栄荣"
)
TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = dict(zip(_TRADITIONAL_PAIRS[0::2], _TRADITIONAL_PAIRS[1::2]))
# Whole pairs, each Traditional character once, none mapped to itself.
assert len(TRADITIONAL_TO_SIMPLIFIED) * 2 == len(_TRADITIONAL_PAIRS)
assert all(k != v for k, v in TRADITIONAL_TO_SIMPLIFIED.items())
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL_TO_SIMPLIFIED)


def to_simplified(text: str) -> str:
    """``text`` with Traditional characters replaced one for one (``len`` is kept)."""
    return text.translate(_TO_SIMPLIFIED)


# fold() itself maps only the characters of the assignment vocabulary, so Traditional copies
# (牽頭單位：…) parse. Unit names stay as written: spans slice the original text.
_TRADITIONAL_KEYWORDS = {ch: TRADITIONAL_TO_SIMPLIFIED[ch] for ch in "牽頭單負責職參與會協辦關門區縣級務廳據聯領導組員為號發"}

FOLD_TABLE: dict[str, str] = {**_FULL_WIDTH_ASCII, **_SPACES, **_RANGE_DASHES, **_TRADITIONAL_KEYWORDS}
assert all(len(k) == 1 and len(v) == 1 for k, v in FOLD_TABLE.items()), "folding must be 1:1"
_TRANSLATION = str.maketrans(FOLD_TABLE)


def fold(text: str) -> str:
    """Return ``text`` folded character by character; ``len(fold(t)) == len(t)`` always."""
    return text.translate(_TRANSLATION)


# fold then to_simplified, composed into one table: both map one character to one, so a character
# goes to to_simplified(fold(ch)); one pass instead of two over every text the unit pipeline reads.
_FOLD_SIMPLIFIED = str.maketrans({ch: to_simplified(fold(ch)) for ch in {**FOLD_TABLE, **TRADITIONAL_TO_SIMPLIFIED}})


def fold_simplified(text: str) -> str:
    """``to_simplified(fold(text))`` in one pass; ``len`` is kept."""
    return text.translate(_FOLD_SIMPLIFIED)
