import defusedxml.ElementTree
from lxml import etree
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def parse(body):
    # ruleid: python-xml-external-entities
    root = etree.fromstring(body, etree.XMLParser(resolve_entities=True))
    # ruleid: python-xml-external-entities
    parser = etree.XMLParser(load_dtd=True, no_network=True)
    # ruleid: python-xml-external-entities
    parser = etree.XMLParser(no_network=False)
    sax = make_parser()
    # ruleid: python-xml-external-entities
    sax.setFeature(feature_external_ges, True)


def safe(body):
    # ok: python-xml-external-entities
    root = defusedxml.ElementTree.fromstring(body)
    # ok: python-xml-external-entities
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python-xml-external-entities
    sax.setFeature(feature_external_ges, False)
    # ok: python-xml-external-entities
    parser = etree.XMLParser(remove_blank_text=True)
