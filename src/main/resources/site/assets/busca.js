/* Client-side search: Lunr (bundled) over the index the build wrote (assets/indice-busca.js). No network. */
(function () {
  'use strict';
  var situacao = document.getElementById('busca-situacao');
  var lista = document.getElementById('busca-resultados');
  var campo = document.getElementById('busca-termo');
  var dados = window.ARCHGEN_BUSCA;
  if (!situacao || !lista || !dados || typeof window.lunr !== 'function') {
    return;
  }

  /* Portuguese text: no English stemmer or stop words; accents and case do not matter. */
  function dobrar(texto) {
    return texto.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  }
  function normalizar(token) {
    var texto = dobrar(token.toString());
    return texto ? token.update(function () { return texto; }) : undefined;
  }
  window.lunr.Pipeline.registerFunction(normalizar, 'archgenNormalizar');

  var porId = {};
  var indice = window.lunr(function () {
    this.ref('id');
    this.field('titulo', { boost: 10 });
    this.field('texto');
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(normalizar);
    dados.documentos.forEach(function (documento) {
      porId[documento.id] = documento;
      this.add(documento);
    }, this);
  });

  function buscar(consulta) {
    var termos = consulta.split(/[\s\-]+/).map(dobrar).filter(function (termo) { return termo.length > 0; });
    if (termos.length === 0) {
      return [];
    }
    return indice.query(function (q) {
      termos.forEach(function (termo) {
        q.term(termo, {
          usePipeline: false,
          wildcard: window.lunr.Query.wildcard.TRAILING,
          presence: window.lunr.Query.presence.REQUIRED
        });
      });
    });
  }

  function mostrar(consulta) {
    while (lista.firstChild) {
      lista.removeChild(lista.firstChild);
    }
    if (!consulta) {
      situacao.textContent = 'Digite um termo na caixa de busca.';
      return;
    }
    var resultados = buscar(consulta);
    situacao.textContent = resultados.length === 0
      ? 'Nada encontrado para “' + consulta + '”.'
      : resultados.length + (resultados.length === 1 ? ' resultado' : ' resultados') + ' para “' + consulta + '”.';
    resultados.slice(0, 50).forEach(function (resultado) {
      var documento = porId[resultado.ref];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = documento.url;
      link.textContent = documento.titulo;
      var tipo = document.createElement('span');
      tipo.className = 'tipo';
      tipo.textContent = documento.tipo;
      var texto = document.createElement('p');
      texto.textContent = documento.resumo;
      item.appendChild(link);
      item.appendChild(tipo);
      item.appendChild(texto);
      lista.appendChild(item);
    });
  }

  var consulta = new URLSearchParams(window.location.search).get('q') || '';
  if (campo) {
    campo.value = consulta;
  }
  mostrar(consulta.trim());
})();
