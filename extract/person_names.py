"""What a printed Chinese personal name looks like.

Rosters print names of two to three characters (four with a compound surname). The surname
lists are general knowledge about Chinese names, not taken from any text: they only break ties
when a name is glued to the post that follows it; a name in a padded roster column is accepted
without them, since rare surnames (操, 皇, 阚 …) are common enough in real rosters.
"""

from __future__ import annotations

import re

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 南宫 西门 百里 呼延 申屠 轩辕 万俟 闻人 赫连 澹台 "
    "第五 公冶 左丘 梁丘 闾丘 东郭 东门 南门 钟离 濮阳 淳于 单于 太史 太叔 仲孙 叔孙 乐正 羊舌 微生 公西 公良 巫马 漆雕 "
    "壤驷 夹谷 段干 宰父 谷梁 拓跋 司空 司寇 子车 颛孙 亓官 鲜于 锺离 宗政 公羊 公户 公玉 公仪 梁丘 呼延 即墨 哥舒".split()
)
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由庹操皇綦逄缑暴钮隗郦蹇靖荀谯酆郗郄眭扶揣"
)
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# Characters a name never ends with but a post or unit often does: a string ending in one of
# these is a post or an organisation ("办", "局" …), not a person.
# Not 行 (知行, 德行), 中 or 心 (建中, 冰心): those end given names too.
_NOT_NAME_END = set("局委办厅部院所处科室队站会社司校馆组市县区省镇乡村")


def has_known_surname(text: str) -> bool:
    return text[:2] in COMPOUND_SURNAMES or text[:1] in COMMON_SURNAMES


def max_name_length(text: str) -> int:
    """Longest name that can start ``text``: four characters only after a compound surname."""
    return 4 if text[:2] in COMPOUND_SURNAMES else 3


def is_person_name(text: str) -> bool:
    """Two to three CJK characters (four with a compound surname), not ending like an organisation."""
    if not _CJK.match(text or ""):
        return False
    if not 2 <= len(text) <= max_name_length(text):
        return False
    return text[-1] not in _NOT_NAME_END
