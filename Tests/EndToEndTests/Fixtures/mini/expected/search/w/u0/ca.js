plansiteSearchLoaded("w/u0/ca",{
"can":[0,3],
"cao":[0,1,1,1],
"cap":[1,-4]
});
