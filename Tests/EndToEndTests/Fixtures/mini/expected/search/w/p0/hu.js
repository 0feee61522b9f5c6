plansiteSearchLoaded("w/p0/hu",{
"huyen":[0,-22,0,-26],
"huynh":[0,17]
});
