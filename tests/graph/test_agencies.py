"""Agency identity across printed forms, jurisdictions, declared aliases and renames (示例市)."""

from __future__ import annotations

from policykg.extract.records import RenameRecord
from policykg.graph.agencies import AgencyResolver, declared_aliases, load_alias_table


def test_short_and_full_names_resolve_to_one_agency() -> None:
    resolver = AgencyResolver("示例市")
    assert resolver.resolve("市发改委").id == resolver.resolve("示例市发展和改革委员会").id
    assert resolver.resolve("市应急局").id == resolver.resolve("市应急管理局").id
    assert resolver.resolve("市应急局").canonical_name == "示例市应急管理局"
    assert resolver.resolve("市应急局").name == "市应急局"


def test_the_same_short_name_in_two_jurisdictions_is_two_agencies() -> None:
    resolver = AgencyResolver("示例市")
    assert resolver.resolve("市发改委").id != resolver.resolve("市发改委", "样板市").id
    assert resolver.resolve("市发改委", "样板市").jurisdiction == "样板市"


def test_explicit_places_levels_and_collectives() -> None:
    resolver = AgencyResolver("示例市")
    county = resolver.resolve("东城区人民政府")
    assert (county.jurisdiction, county.level) == ("东城区", "区")
    assert resolver.resolve("南山市人民政府").level == "县"  # a city inside the issuing city
    assert resolver.resolve("省药监局示例分局").level == "省"
    assert resolver.resolve("国网示例供电公司").level == "enterprise"
    assert resolver.resolve("国家统计局示例调查队").level == "central"
    assert resolver.resolve("市人民法院").level == "court"
    assert resolver.resolve("各县市区人民政府").collective
    assert not resolver.resolve("市财政局").collective


def test_aliases_declared_in_a_text_are_learnt() -> None:
    text = "市人民政府决定成立示例市第一次经济普查领导小组(以下简称市普查领导小组),负责普查工作。"
    assert declared_aliases(text) == [("市普查领导小组", "示例市第一次经济普查领导小组")]
    resolver = AgencyResolver("示例市")
    resolver.learn_aliases_from(text)
    assert resolver.resolve("市普查领导小组").id == resolver.resolve("示例市第一次经济普查领导小组").id


def test_successor_follows_rename_chains() -> None:
    resolver = AgencyResolver("示例市")
    resolver.add_renames(
        [RenameRecord("市环保局", "市生态环境局", "示政发〔2019〕1号", 3), RenameRecord("市生态环境局", "市生态环境和水务局", "示政发〔2024〕2号", 9)]
    )
    old = resolver.resolve("示例市环境保护局").id
    assert resolver.successor_of(old) == resolver.resolve("市生态环境和水务局").id
    assert resolver.successor_of(resolver.resolve("市财政局").id) is None


def test_alias_table_is_packaged_and_maps_full_names_to_themselves() -> None:
    table = load_alias_table()
    assert table["发改委"] == "发展和改革委员会"
    assert table["发展和改革委员会"] == "发展和改革委员会"
