# Real SPARQL clients against the endpoint: SPARQLWrapper (its default formats) and rdflib's SPARQLStore.
# Usage: python3 python-clients.py ENDPOINT ; prints one JSON object with what each client got.
import json
import sys

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper, XML

endpoint = sys.argv[1]
out = {}

wrapper = SPARQLWrapper(endpoint)
wrapper.setQuery("ASK { ?s <http://purl.org/faro/causes> ?o }")
wrapper.setReturnFormat(JSON)
out["ask_json"] = wrapper.query().convert()["boolean"]

wrapper = SPARQLWrapper(endpoint)
wrapper.setQuery('SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(?label = "Japan"@en) }')
wrapper.setReturnFormat(XML)
document = wrapper.query().convert()
out["select_xml"] = [node.firstChild.data for node in document.getElementsByTagName("literal")]

# CONSTRUCT with SPARQLWrapper's default: RDF/XML, parsed into an rdflib Graph.
wrapper = SPARQLWrapper(endpoint)
wrapper.setQuery("CONSTRUCT { ?a <urn:causes> ?b } WHERE { ?a <http://purl.org/faro/causes> ?b }")
graph = wrapper.query().convert()
out["construct_default_triples"] = len(graph)

store = SPARQLStore(endpoint)
rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://purl.org/faro/causes> ?o }"))
out["sparqlstore_count"] = int(rows[0][0])
described = Graph(store=store).query("CONSTRUCT { ?a <urn:causes> ?b } WHERE { ?a <http://purl.org/faro/causes> ?b }")
out["sparqlstore_construct_triples"] = len(described.graph)

print(json.dumps(out))
