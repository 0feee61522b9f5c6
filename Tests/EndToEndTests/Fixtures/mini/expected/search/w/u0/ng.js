plansiteSearchLoaded("w/u0/ng",{
"nghi":[0,-5,1,-6]
});
